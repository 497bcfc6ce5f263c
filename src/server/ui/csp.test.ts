import { describe, expect, it } from 'vitest';
import { nangoCloudLogoOrigin, widgetCsp } from './csp';
import { widgetHeaders } from './widget-headers';

describe('widgetHeaders (the production widget server)', () => {
  const options = { apiUrl: 'https://api.nango.dev', frameAncestors: 'https://app.acme.example', imageOrigins: [nangoCloudLogoOrigin] };

  it('lets the widget reach the API over http and ws, and show logos from the API and the named image hosts only', () => {
    const csp = widgetHeaders(options, false)['content-security-policy'];
    expect(csp).toContain("connect-src 'self' https://api.nango.dev wss://api.nango.dev;");
    expect(csp).toContain("img-src 'self' https://api.nango.dev https://app.nango.dev;");
    expect(csp).not.toMatch(/data:|'unsafe-|\*\.|blob:/);
  });

  it('keeps the strict rest of the policy: frame-ancestors from the setting, Trusted Types', () => {
    const csp = widgetHeaders(options, false)['content-security-policy'];
    expect(csp).toContain("default-src 'none'; script-src 'self'; style-src 'self'");
    expect(csp).toContain('frame-ancestors https://app.acme.example;');
    expect(csp).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
  });

  it('caches hashed assets for ever and makes every other file revalidate', () => {
    expect(widgetHeaders(options, true)['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(widgetHeaders(options, false)['cache-control']).toBe('no-cache');
  });

  it('names an image origin only once, and only as an origin', () => {
    const csp = widgetCsp({ ...options, imageOrigins: ['https://app.nango.dev/logos/', 'https://api.nango.dev'] });
    expect(csp).toContain("img-src 'self' https://api.nango.dev https://app.nango.dev;");
  });

  it('without image origins it allows Nango Cloud’s logo host besides the API', () => {
    const csp = widgetCsp({ apiUrl: 'http://127.0.0.1:3003', frameAncestors: '*' });
    expect(csp).toContain("img-src 'self' http://127.0.0.1:3003 https://app.nango.dev;");
  });
});
