import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalogue } from '../../test/app/catalogue';
import { connectionResponse, providerSchema } from './connect';
import { parseConnectionResponse, parseProvider, parseProviderResponse } from './provider';
import type { ConnectionResponse, Provider } from './types';
import { z } from './zod';

// The widget reads the provider and a submit's answer with hand-written parsers; the reference
// server's tests and the headless client's types use the zod schemas. Both must accept the same.
const zodProvider = (value: unknown) => {
  const result = z.safeParse(providerSchema, value);
  return result.success ? result.data : null;
};
const zodConnection = (value: unknown) => {
  const result = z.safeParse(connectionResponse, value);
  return result.success ? result.data : null;
};

describe('the provider and connection parsers', () => {
  it('return exactly the published types', () => {
    expectTypeOf(parseProvider).returns.toEqualTypeOf<Provider | null>();
    expectTypeOf(parseConnectionResponse).returns.toEqualTypeOf<ConnectionResponse | null>();
  });

  it('read every provider of Nango’s catalogue exactly as the zod schema does', () => {
    const entries = [...catalogue().entries()];
    expect(entries.length).toBeGreaterThan(950);
    const differing = entries.filter(([key, raw]) => {
      const provider = { ...raw, name: key };
      return !isEqual(parseProvider(provider), zodProvider(provider));
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('keep a malformed key’s provider, dropping (or nulling) only what is malformed, as the schema does', () => {
    const hostile: unknown[] = [
      { auth_mode: 'FUTURE_MODE', credentials: { apiKey: 'not an object', token: { title: 7 } } },
      { display_name: 42, auth_mode: 7, credentials: [], connection_config: 'x', require_client_certificate: 'yes', extra: { kept: true } },
      {
        auth_mode: 'API_KEY',
        credentials: {
          a: { optional: 'true', hidden: 'no', secret: true, example: 3, default_value: false, enum: ['a', 1], order: '2' },
          b: { enum: ['a', null], order: 1, pattern: /x/, unknown: [1] },
          c: null,
          d: [1, 2],
        },
      },
      JSON.parse('{"auth_mode":"API_KEY","__proto__":{"polluted":true},"credentials":{"__proto__":{"title":"x"},"k":{"__proto__":{"secret":true}}}}'),
      {},
      null,
      [],
      'API_KEY',
    ];
    for (const value of hostile) expect(parseProvider(value)).toStrictEqual(zodProvider(value));
    expect(parseProviderResponse({ data: { auth_mode: 'API_KEY' } })).toEqual({ auth_mode: 'API_KEY' });
    expect(parseProviderResponse({ data: 'API_KEY' })).toBeNull();
    expect(parseProviderResponse([])).toBeNull();
  });

  it('read a direct auth route’s success as the schema does: both keys non-empty strings', () => {
    const answers: unknown[] = [
      { connectionId: 'c1', providerConfigKey: 'acme' },
      { connectionId: 'c1', providerConfigKey: 'acme', isPending: true, more: 1 },
      { connectionId: 'c1', providerConfigKey: 'acme', isPending: 'yes' },
      { connectionId: '', providerConfigKey: 'acme' },
      { connectionId: 'c1' },
      { connectionId: 1, providerConfigKey: 'acme' },
      null,
      [],
    ];
    for (const value of answers) expect(parseConnectionResponse(value)).toStrictEqual(zodConnection(value));
  });
});

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toStrictEqual(b);
    return true;
  } catch {
    return false;
  }
}
