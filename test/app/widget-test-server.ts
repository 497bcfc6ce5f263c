import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { happyPath, seen, server, type FakeApi } from './api-server';
import { preloadConnect } from './render-widget';

/**
 * The lifecycle every rendered-widget test file shares: MSW listening (unhandled requests fail),
 * the lazy half loaded once, the request log and handlers reset around each test. With `api`,
 * each test starts on the happy path of that fake API.
 */
export function useWidgetTestServer(api?: FakeApi): void {
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await preloadConnect();
  }, 60_000);
  beforeEach(() => {
    seen.length = 0;
    if (api) server.use(...happyPath(api));
  });
  afterEach(() => {
    cleanup();
    server.resetHandlers();
  });
  afterAll(() => server.close());
}
