import { describe, expect, it } from 'vitest';
import { parseQueryString } from './query-string';

describe('parseQueryString', () => {
  it('nests bracketed keys the way qs does', () => {
    expect(parseQueryString('?connect_session_token=t&params[subdomain]=acme&params[region]=eu%20west&credentials[oauth_client_id_override]=x')).toEqual({
      connect_session_token: 't',
      params: { subdomain: 'acme', region: 'eu west' },
      credentials: { oauth_client_id_override: 'x' },
    });
  });

  it('turns a repeated plain key into an array and decodes + as a space', () => {
    expect(parseQueryString('include=a&include=b+c')).toEqual({ include: ['a', 'b c'] });
  });

  it('decodes percent-encoded bracket keys', () => {
    expect(parseQueryString('params%5Bsubdomain%5D=acme')).toEqual({ params: { subdomain: 'acme' } });
  });

  it('refuses keys that reach a prototype and builds objects without one', () => {
    for (const query of ['__proto__[x]=1', 'a[__proto__]=1', 'constructor=1', 'prototype[a]=1']) {
      expect(() => parseQueryString(query)).toThrow(/is not allowed in a query string/);
    }
    const parsed = parseQueryString('params[a]=1');
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.getPrototypeOf(parsed['params'])).toBeNull();
  });
});
