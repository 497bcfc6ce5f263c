import { describe, expect, it, vi } from 'vitest';

// The lazy half is evaluated on the path to a single-integration session's form: what it builds
// or parses there delays that form, and zod's schemas cost both (the OAuth chunk brings zod).
const zodCalls = vi.hoisted(() => ({ built: 0, parsed: 0 }));
vi.mock('zod/mini', async (importOriginal) => {
  const real = await importOriginal<typeof import('zod/mini')>();
  return {
    ...real,
    looseObject: ((...args: Parameters<typeof real.looseObject>) => ((zodCalls.built += 1), real.looseObject(...args))) as typeof real.looseObject,
    safeParse: ((...args: Parameters<typeof real.safeParse>) => ((zodCalls.parsed += 1), real.safeParse(...args))) as typeof real.safeParse,
  };
});

describe('the lazy half of the widget', () => {
  it('reads the provider\'s and the submit\'s answers with hand-written parsers: no zod on the way to a form', async () => {
    const { createApiClient } = await import('./index');
    const bodies: Record<string, unknown> = {
      '/providers/acme': { data: { auth_mode: 'API_KEY', display_name: 'Acme', credentials: { apiKey: { type: 'string', title: 'API key', secret: true }, broken: 7 } } },
      '/api-auth/api-key/acme': { connectionId: 'c1', providerConfigKey: 'acme' },
    };
    const fetcher = async (url: string | URL | Request) => Response.json(bodies[new URL(String(url)).pathname]);
    const client = createApiClient({ apiURL: 'https://api.test', getToken: () => 't', acceptLanguage: () => 'en', fetch: fetcher });
    expect(await client.getProvider('acme')).toEqual({
      ok: true,
      value: { auth_mode: 'API_KEY', display_name: 'Acme', credentials: { apiKey: { type: 'string', title: 'API key', secret: true }, broken: null } },
    });
    expect(await client.postAuth({ path: '/api-auth/api-key/acme', query: '', body: { apiKey: 'k' } })).toEqual({ ok: true, value: { connectionId: 'c1', providerConfigKey: 'acme' } });
    expect(zodCalls).toEqual({ built: 0, parsed: 0 });
  });
});
