import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiURL, server } from '../../../test/app/api-server';
import { catalogueProvider } from '../../../test/app/catalogue';
import { integration, session, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

// The host's product in the header ("Acme CRM wants to connect to OpenAI", its logo) and the
// "Secured by" line, from the widget URL (the SDK's `branding`) or the session's
// `plugboard.branding`. Hostile values: the name is text, the logo only an https URL.

const integrations = [integration('openai', 'openai', 'OpenAI'), integration('anthropic', 'anthropic', 'Anthropic')];
useWidgetTestServer({ integrations, providers: { openai: catalogueProvider('openai'), anthropic: catalogueProvider('anthropic') } });

const logo = 'https://cdn.acme.example/logo.svg';
const param = (name: string, value: string) => `&${name}=${encodeURIComponent(value)}`;
const brandLogo = () => document.querySelector<HTMLImageElement>('.pb-brand-logo');

describe('branding', () => {
  it('names the host and the integration, with the https logo', async () => {
    renderWidget({ token, query: param('brandName', 'Acme CRM') + param('brandLogo', logo) });
    await screen.findByRole('button', { name: 'OpenAI' });
    expect(screen.getByText('Acme CRM')).toBeTruthy();
    expect(brandLogo()?.src).toBe(logo);
    fireEvent.click(screen.getByRole('button', { name: 'OpenAI' }));
    expect(await screen.findByText('Acme CRM wants to connect to OpenAI')).toBeTruthy();
  });

  it('renders a hostile name as text: no element, no handler', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">Acme';
    renderWidget({ token, query: param('brandName', hostile) });
    await screen.findByRole('button', { name: 'OpenAI' });
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(document.querySelector('img[src="x"], [onerror]')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it.each(['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'http://cdn.acme.example/logo.svg', '//cdn.acme.example/logo.svg', 'logo.svg'])(
    'does not render the logo %s',
    async (hostile) => {
      renderWidget({ token, query: param('brandName', 'Acme CRM') + param('brandLogo', hostile) });
      await screen.findByRole('button', { name: 'OpenAI' });
      expect(screen.getByText('Acme CRM')).toBeTruthy();
      expect(brandLogo()).toBeNull();
    },
  );

  it('a logo that fails to load (a CSP img-src block, say) leaves no broken image', async () => {
    renderWidget({ token, query: param('brandName', 'Acme CRM') + param('brandLogo', logo) });
    await screen.findByRole('button', { name: 'OpenAI' });
    fireEvent.error(brandLogo() as HTMLImageElement);
    await waitFor(() => expect(brandLogo()).toBeNull());
    expect(screen.getByText('Acme CRM')).toBeTruthy();
  });

  it('shows "Secured by Plugboard" unless poweredBy=false', async () => {
    const first = renderWidget({ token });
    await screen.findByRole('button', { name: 'OpenAI' });
    expect(screen.queryByText('Secured by Plugboard')).not.toBeNull();
    first.unmount();
    renderWidget({ token, query: '&poweredBy=false' });
    await screen.findByRole('button', { name: 'OpenAI' });
    expect(screen.queryByText('Secured by Plugboard')).toBeNull();
  });

  it('takes the session’s plugboard.branding when the URL has none, and the URL’s over it', async () => {
    const branded = { ...session(), plugboard: { branding: { name: 'Session Co', logo_url: logo } } };
    server.use(http.get(`${apiURL}/connect/session`, () => HttpResponse.json({ data: branded })));
    const first = renderWidget({ token });
    await screen.findByRole('button', { name: 'OpenAI' });
    expect(screen.getByText('Session Co')).toBeTruthy();
    expect(brandLogo()?.src).toBe(logo);
    first.unmount();
    renderWidget({ token, query: param('brandName', 'Acme CRM') });
    await screen.findByRole('button', { name: 'OpenAI' });
    expect(screen.getByText('Acme CRM')).toBeTruthy();
    expect(screen.queryByText('Session Co')).toBeNull();
  });

  it('ignores a session logo that is not https', async () => {
    const branded = { ...session(), plugboard: { branding: { name: 'Session Co', logo_url: 'javascript:alert(1)' } } };
    server.use(http.get(`${apiURL}/connect/session`, () => HttpResponse.json({ data: branded })));
    renderWidget({ token });
    await screen.findByRole('button', { name: 'OpenAI' });
    expect(screen.getByText('Session Co')).toBeTruthy();
    expect(brandLogo()).toBeNull();
  });
});
