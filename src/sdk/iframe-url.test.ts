import { describe, expect, it } from 'vitest';
import { buildIframeUrl } from './iframe-url';

const baseURL = 'https://connect.example.com/';

describe('buildIframeUrl', () => {
  it('sends Nango\'s parameters in Nango\'s order, theme under its query name', () => {
    const url = buildIframeUrl({
      baseURL: 'https://connect.example.com',
      apiURL: 'https://api.example.com/prefix',
      detectClosedAuthWindow: true,
      lang: 'fr',
      themeOverride: 'dark',
    });
    expect(url.href).toBe(
      'https://connect.example.com/?apiURL=https%3A%2F%2Fapi.example.com%2Fprefix&detectClosedAuthWindow=true&lang=fr&theme=dark',
    );
  });

  it('adds the trailing slash the widget\'s relative assets need', () => {
    expect(buildIframeUrl({ baseURL: 'https://cdn.example.com/connect' }).pathname).toBe('/connect/');
  });

  it('sends detection off explicitly, since Plugboard detects closed windows by default', () => {
    expect(buildIframeUrl({ baseURL, detectClosedAuthWindow: false }).searchParams.get('detectClosedAuthWindow')).toBe('false');
    expect(buildIframeUrl({ baseURL }).searchParams.has('detectClosedAuthWindow')).toBe(false);
  });

  it('turns telemetry off only when asked (telemetry: false → ?telemetry=false)', () => {
    expect(buildIframeUrl({ baseURL, telemetry: false }).searchParams.get('telemetry')).toBe('false');
    expect(buildIframeUrl({ baseURL, telemetry: true }).searchParams.has('telemetry')).toBe(false);
    expect(buildIframeUrl({ baseURL }).searchParams.has('telemetry')).toBe(false);
  });

  it('tells the widget where a redirect comes back to only in redirect mode or when named', () => {
    const page = 'https://app.example.com/settings?tab=apps#top';
    expect(buildIframeUrl({ baseURL, oauthMode: 'redirect' }, page).searchParams.get('returnURL')).toBe('https://app.example.com/settings?tab=apps');
    expect(buildIframeUrl({ baseURL, returnURL: 'https://app.example.com/back' }, page).searchParams.get('returnURL')).toBe('https://app.example.com/back');
    expect(buildIframeUrl({ baseURL }, page).searchParams.has('returnURL')).toBe(false);
  });

  it('carries Plugboard\'s own options after Nango\'s', () => {
    const url = buildIframeUrl({ baseURL, primaryColor: '#ff0066', oauthMode: 'redirect', popupSize: { width: 600, height: 700 }, resume: true });
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      primary: '#ff0066',
      oauthMode: 'redirect',
      popupSize: '600x700',
      resume: 'true',
    });
  });
});

describe('buildIframeUrl: inline, step events, branding', () => {
  it('asks for inline mode with a container, and for a close button only inline', () => {
    const container = 'div#slot';
    expect(Object.fromEntries(buildIframeUrl({ baseURL, container, showClose: true }).searchParams)).toMatchObject({ inline: 'true', close: 'true' });
    expect(buildIframeUrl({ baseURL, container }).searchParams.has('close')).toBe(false);
    expect(buildIframeUrl({ baseURL, showClose: true }).searchParams.has('close')).toBe(false);
    expect(buildIframeUrl({ baseURL }).searchParams.has('inline')).toBe(false);
  });

  it('asks for step events only with events: "all"', () => {
    expect(buildIframeUrl({ baseURL, events: 'all' }).searchParams.get('events')).toBe('all');
    expect(buildIframeUrl({ baseURL }).searchParams.has('events')).toBe(false);
  });

  it('passes the branding on, and the Secured-by line off only when asked', () => {
    const url = buildIframeUrl({ baseURL, branding: { name: 'Acme CRM', logoURL: 'https://acme.example/logo.svg', poweredBy: false } });
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ brandName: 'Acme CRM', brandLogo: 'https://acme.example/logo.svg', poweredBy: 'false' });
    const plain = buildIframeUrl({ baseURL, branding: { poweredBy: true } }).searchParams;
    expect([plain.has('brandName'), plain.has('brandLogo'), plain.has('poweredBy')]).toEqual([false, false, false]);
  });
});
