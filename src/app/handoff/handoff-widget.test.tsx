import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { seen } from '../test/api-server';
import { catalogueProvider } from '../test/catalogue';
import { integration, token } from '../test/fixtures';
import { renderWidget } from '../test/render-widget';
import { useWidgetTestServer } from '../test/widget-test-server';

// The handoff in the whole widget, against an API like Nango's: its session output does not list
// the session's connections, so the widget shows the link but cannot learn the outcome, and says so.

useWidgetTestServer({ integrations: [integration('github', 'github', 'GitHub')], providers: { github: catalogueProvider('github') } });

describe('continue on another device, on a Nango server', () => {
  it('shows the link and its QR code, says the user may close the window once done there, and looks no more', async () => {
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue on another device' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to continue on another device' })) as HTMLInputElement;
    expect(new URL(link.value).searchParams.get('session_token')).toBe(token);
    expect(await screen.findByRole('img', { name: 'QR code of the link' })).toBeTruthy();
    expect(await screen.findByText('Once you’ve connected on the other device, you can close this window.')).toBeTruthy();
    const looks = seen.filter((request) => request.url.pathname.endsWith('/connect/session')).length;
    await new Promise((resolve) => setTimeout(resolve, 2500)); // a watch would have looked again
    expect(seen.filter((request) => request.url.pathname.endsWith('/connect/session')).length).toBe(looks);
    expect(widget.events.filter((event) => event.type === 'connect')).toEqual([]);
    expect(JSON.stringify(widget.events)).not.toContain(token);
  }, 20_000);
});
