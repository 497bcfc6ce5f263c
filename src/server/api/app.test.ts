import { afterEach, describe, expect, it } from 'vitest';
import { createTestApi, jsonPost, testSecretKey, type TestApi } from './test/test-deps';

let api: TestApi | undefined;
afterEach(() => api?.cleanup());

describe('the API app', () => {
  it('answers CORS preflights for any origin with the widget headers', async () => {
    api = createTestApi();
    const res = await api.app.request('/connect/session', {
      method: 'OPTIONS',
      headers: { origin: 'http://widget.test', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,accept-language' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Content-Type.*Accept-Language/);
    expect(res.headers.get('access-control-max-age')).toBe('600');
  });

  it('sends security headers on every answer', async () => {
    api = createTestApi();
    const res = await api.app.request('/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers 413 payload_too_large for an oversized body', async () => {
    api = createTestApi();
    const res = await api.app.request('/connect/sessions', jsonPost({ end_user: { id: 'x'.repeat(200_000) } }, { authorization: `Bearer ${testSecretKey}` }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it('answers 429 too_many_request past the rate limit', async () => {
    api = createTestApi({ maxRequests: 2 });
    const create = () => api!.app.request('/connect/sessions', jsonPost({ end_user: { id: 'u' } }, { authorization: `Bearer ${testSecretKey}` }));
    await create();
    await create();
    const res = await create();
    expect(res.status).toBe(429);
    expect((await res.json()).error.code).toBe('too_many_request');
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('answers unknown routes with the error envelope', async () => {
    api = createTestApi();
    const res = await api.app.request('/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
