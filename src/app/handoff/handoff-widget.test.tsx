import { fireEvent, screen } from '@testing-library/preact';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiURL, seen, server } from '../../../test/app/api-server';
import { catalogueProvider } from '../../../test/app/catalogue';
import { integration, session, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

// The handoff in the whole widget. Against the reference API, whose session output lists the
// session's connections, the widget learns of the other device's connection; against an API like
// Nango's, which does not, it shows the link but cannot learn the outcome, and says so.

useWidgetTestServer({ integrations: [integration('github', 'github', 'GitHub')], providers: { github: catalogueProvider('github') } });

const sessionLooks = () => seen.filter((request) => request.url.pathname.endsWith('/connect/session')).length;

describe('continue on another device, on the reference API', () => {
  it('emits connect once for the connection the other device made, and shows success', async () => {
    const earlier = { connection_id: 'earlier', provider_config_key: 'github', is_pending: false, created_at: '2026-01-01T00:00:00.000Z' };
    const phone = { connection_id: 'from-phone', provider_config_key: 'github', is_pending: false, created_at: '2026-01-01T00:01:00.000Z' };
    let looks = 0;
    server.use(
      http.get(`${apiURL}/connect/session`, () => {
        looks++;
        // The load, then the handoff's first look: only the earlier connection; then the phone's too.
        return HttpResponse.json({ data: session({ connections: looks <= 2 ? [earlier] : [earlier, phone] }) });
      }),
    );
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue on another device' }));
    expect(await screen.findByRole('heading', { name: 'GitHub is connected' }, { timeout: 8000 })).toBeTruthy();
    expect(widget.events.filter((event) => event.type === 'connect')).toEqual([
      { type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'from-phone' } },
    ]);
    const after = looks;
    expect(after).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 2500)); // a watch would have looked again
    expect(looks).toBe(after);
    expect(widget.events.filter((event) => event.type === 'connect')).toHaveLength(1);
  }, 20_000);
});

describe('continue on another device, on a Nango server', () => {
  it('shows the link and its QR code, says the user may close the window once done there, and looks no more', async () => {
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue on another device' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to continue on another device' })) as HTMLInputElement;
    expect(new URL(link.value).searchParams.get('session_token')).toBe(token);
    expect(await screen.findByRole('img', { name: 'QR code of the link' })).toBeTruthy();
    expect(await screen.findByText('Once you’ve connected on the other device, you can close this window.')).toBeTruthy();
    const looks = sessionLooks();
    expect(looks).toBe(2); // the load's, and the handoff's one look
    await new Promise((resolve) => setTimeout(resolve, 2500)); // a watch would have looked again
    expect(sessionLooks()).toBe(looks);
    expect(widget.events.filter((event) => event.type === 'connect')).toEqual([]);
    expect(JSON.stringify(widget.events)).not.toContain(token);
  }, 20_000);
});
