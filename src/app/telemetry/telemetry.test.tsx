import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiURL, seen, server } from '../../../test/app/api-server';
import { catalogueProvider } from '../../../test/app/catalogue';
import { integration, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

// The step beacons Nango's own Connect UI sends to `POST {apiURL}/connect/telemetry`, so a
// customer's Nango dashboard keeps its Connect metrics: never a credential or a typed value.

const integrations = [integration('openai', 'openai', 'OpenAI'), integration('anthropic', 'anthropic', 'Anthropic')];
useWidgetTestServer({ integrations, providers: { openai: catalogueProvider('openai'), anthropic: catalogueProvider('anthropic') } });

const beacons = () => seen.filter((request) => request.url.pathname === '/prefix/connect/telemetry');
const events = () => beacons().map((request) => {
  const body = request.body as { event: string; dimensions?: { integration?: string } };
  return body.dimensions ? `${body.event} ${body.dimensions.integration}` : body.event;
});
const typedKey = 'sk-typed-secret-4242';

async function connectOpenAi(key: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
  fireEvent.input(await screen.findByLabelText('API Key'), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
}

describe('telemetry beacons', () => {
  it('a connection sends Nango’s steps in order, with the token, a timestamp and the integration only', async () => {
    renderWidget({ token });
    await connectOpenAi(typedKey);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(events()).toHaveLength(7));
    expect(events()).toEqual([
      'open',
      'view:list',
      'click:integration openai',
      'view:integration openai',
      'click:connect openai',
      'view:success openai',
      'click:finish openai',
    ]);
    for (const beacon of beacons()) {
      expect(beacon.method).toBe('POST');
      expect(beacon.headers.get('content-type')).toBe('application/json');
      expect(beacon.headers.get('authorization')).toBeNull();
      expect(Object.keys(beacon.body as object).sort()).toEqual(expect.arrayContaining(['event', 'timestamp', 'token']));
      expect((beacon.body as { token: string }).token).toBe(token);
      expect(new Date((beacon.body as { timestamp: string }).timestamp).toISOString()).toBe((beacon.body as { timestamp: string }).timestamp);
      expect(JSON.stringify(beacon.body)).not.toContain(typedKey);
    }
  });

  it('rejected credentials are view:credentials_error; closing is click:close', async () => {
    server.use(
      http.post(`${apiURL}/api-auth/api-key/openai`, () => HttpResponse.json({ error: { code: 'connection_test_failed', message: 'Bad key' } }, { status: 400 })),
    );
    renderWidget({ token });
    await connectOpenAi('wrong');
    await screen.findByRole('heading', { name: 'We couldn’t connect OpenAI' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Close', exact: true })[0] as HTMLElement);
    fireEvent.click(await screen.findByRole('button', { name: 'Leave' })); // the typed key would be lost
    await waitFor(() => expect(events().at(-1)).toBe('click:close openai'));
    expect(events().slice(-3)).toEqual(['click:connect openai', 'view:credentials_error openai', 'click:close openai']);
  });

  it('telemetry=false (the SDK’s `telemetry: false`) sends none', async () => {
    const widget = renderWidget({ token, query: '&telemetry=false' });
    await connectOpenAi(typedKey);
    await screen.findByRole('button', { name: 'Done' });
    expect(widget.events.map((event) => event.type)).toEqual(['connect']);
    expect(beacons()).toEqual([]);
  });

  it('the dashboard preview sends none', async () => {
    renderWidget({ token, query: '&preview=true' });
    await screen.findByRole('button', { name: 'OpenAI' });
    fireEvent.click(screen.getByRole('button', { name: 'OpenAI' }));
    await screen.findByLabelText('API Key');
    await new Promise((done) => setTimeout(done, 100));
    expect(beacons()).toEqual([]);
  });
});
