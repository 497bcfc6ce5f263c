import { describe, expect, it } from 'vitest';
import { nangoCloudLogoOrigin, widgetCsp, widgetHeaders } from './csp';

describe('widgetHeaders (the production widget server)', () => {
  const options = { apiUrl: 'https://api.nango.dev', frameAncestors: 'https://app.acme.example', logoOrigins: [nangoCloudLogoOrigin] };

  it('lets the widget reach the API over http and ws, and show logos from the API and the named logo hosts only', () => {
    const csp = widgetHeaders(options, '/')['content-security-policy'];
    expect(csp).toContain('connect-src https://api.nango.dev wss://api.nango.dev;');
    expect(csp).toContain("img-src 'self' https://api.nango.dev https://app.nango.dev;");
    expect(csp).not.toMatch(/data:|'unsafe-|\*\.|blob:/);
  });

  it('keeps the strict rest of the policy: frame-ancestors from the setting, Trusted Types', () => {
    const csp = widgetHeaders(options, '/')['content-security-policy'];
    expect(csp).toContain("default-src 'none'; script-src 'self'; style-src 'self'");
    expect(csp).toContain('frame-ancestors https://app.acme.example;');
    expect(csp).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
  });

  it('caches hashed assets for ever and makes every other file revalidate', () => {
    expect(widgetHeaders(options, '/assets/index-Cq4ROIx3.js')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(widgetHeaders(options, '/')['cache-control']).toBe('no-cache');
    expect(widgetHeaders(options, '/index.html')['cache-control']).toBe('no-cache');
  });

  it('names a logo origin only once, and only as an origin', () => {
    const csp = widgetHeaders({ ...options, logoOrigins: ['https://app.nango.dev/logos/', 'https://api.nango.dev'] }, '/')['content-security-policy'];
    expect(csp).toContain("img-src 'self' https://api.nango.dev https://app.nango.dev;");
  });

  it('without logo origins it sends the same policy as the local widget server', () => {
    const csp = widgetHeaders({ apiUrl: 'http://127.0.0.1:3003', frameAncestors: '*' }, '/')['content-security-policy'];
    expect(csp).toBe(widgetCsp({ apiUrl: 'http://127.0.0.1:3003', frameAncestors: '*' }));
  });
});
