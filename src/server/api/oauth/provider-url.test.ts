import { describe, expect, it } from 'vitest';
import type { Provider } from '../providers/provider';
import { isPinned, providerUrl, type UrlValues } from './provider-url';

const provider = (template: string, extra: Partial<Provider> = {}): Provider => ({ display_name: 'P', auth_mode: 'OAUTH2', token_url: template, ...extra });
const values = (connectionConfig: Record<string, string>, more: Partial<UrlValues> = {}): UrlValues => ({
  connectionConfig, trustedNames: new Set(), allowedHosts: null, integrationKey: 'k', ...more,
});
const fill = (template: string, config: Record<string, string>, more: Partial<UrlValues> = {}, extra: Partial<Provider> = {}) =>
  providerUrl(provider(template, extra), 'token_url', values(config, more));

describe('providerUrl', () => {
  it.each(['evil.example/', 'evil.example?x', 'evil.example#', 'u@evil.example', 'evil.example:1', 'ev il', '%65vil', 'evil\\x', 'a\u0000b', 'évil', '.evil', 'evil..example'])(
    'refuses %j in a host label, naming the field (no pattern needed)',
    (value) => {
      expect(() => fill('https://${connectionConfig.subdomain}.zendesk.com/oauth/tokens', { subdomain: value })).toThrow(/^params\.subdomain: .*must be a host name/);
    },
  );

  it('keeps a value placed in the path inside one segment, encoded', () => {
    const template = 'https://login.microsoftonline.com/${connectionConfig.tenant}/oauth2/v2.0/token';
    expect(fill(template, { tenant: 'a/../../b?c#d' })).toBe('https://login.microsoftonline.com/a%2F..%2F..%2Fb%3Fc%23d/oauth2/v2.0/token');
    expect(() => fill(template, { tenant: '..' })).toThrow(/params\.tenant/);
    expect(() => fill(template, { tenant: '' })).toThrow(/params\.tenant: .*required/);
  });

  it('refuses a host the values choose unless pinned, trusted or limited by an enum', () => {
    const template = 'https://${connectionConfig.hostname}/oauth/token';
    expect(() => fill(template, { hostname: 'evil.example' })).toThrow(/params\.hostname: .*pins no hosts/);
    expect(fill(template, { hostname: 'canvas.acme.edu' }, { allowedHosts: ['canvas.acme.edu'] })).toBe('https://canvas.acme.edu/oauth/token');
    expect(() => fill(template, { hostname: 'evil.example' }, { allowedHosts: ['canvas.acme.edu'] })).toThrow(/allows only canvas\.acme\.edu/);
    expect(fill(template, { hostname: 'evil.example' }, { trustedNames: new Set(['hostname']) })).toBe('https://evil.example/oauth/token');
    // `api.${site}`: the value is the domain itself.
    const datadog = 'https://api.${connectionConfig.site}/oauth2/v1/token';
    expect(() => fill(datadog, { site: 'evil.example' })).toThrow(/pins no hosts/);
    const withEnum = { connection_config: { site: { type: 'string' as const, title: 'Site', enum: ['datadoghq.com'] } } };
    expect(fill(datadog, { site: 'datadoghq.com' }, {}, withEnum)).toBe('https://api.datadoghq.com/oauth2/v1/token');
  });

  it('uses the first complete alternative of an `a || b` template', () => {
    const template = 'https://api.${connectionConfig.region}.intercom.io/auth/eagle/token || https://api.intercom.io/auth/eagle/token';
    expect(fill(template, { region: 'eu' })).toBe('https://api.eu.intercom.io/auth/eagle/token');
    expect(fill(template, {})).toBe('https://api.intercom.io/auth/eagle/token');
  });

  it('refuses a template whose scheme comes from a value', () => {
    expect(() => fill('${connectionConfig.link}/installations/new', { link: 'https://x' })).toThrow(/must start with https:\/\/ or http:\/\//);
  });

  it('matches pins exactly or below a *. wildcard, never a look-alike', () => {
    expect(isPinned('a.instructure.com', ['*.instructure.com'])).toBe(true);
    expect(isPinned('instructure.com', ['*.instructure.com'])).toBe(false);
    expect(isPinned('evilinstructure.com', ['*.instructure.com'])).toBe(false);
    expect(isPinned('CANVAS.acme.edu', ['canvas.acme.edu'])).toBe(true);
  });
});
