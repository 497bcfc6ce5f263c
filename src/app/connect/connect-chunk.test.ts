import { describe, expect, it, vi } from 'vitest';

// The lazy half is evaluated on the path to a single-integration session's form: what it builds
// at import delays that form. The schemas of the submit's answer and of the OAuth sign-in are
// built on their first use; only the provider's, which the form needs, at import.
const built = vi.hoisted(() => ({ discriminatedUnion: 0, literal: 0, minLength: 0 }));
const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('zod/mini', async (importOriginal) => {
  const real = await importOriginal<typeof import('zod/mini')>();
  return {
    ...real,
    discriminatedUnion: ((...args: Parameters<typeof real.discriminatedUnion>) => ((built.discriminatedUnion += 1), real.discriminatedUnion(...args))) as typeof real.discriminatedUnion,
    literal: ((...args: Parameters<typeof real.literal>) => ((built.literal += 1), real.literal(...args))) as typeof real.literal,
    minLength: ((...args: Parameters<typeof real.minLength>) => ((built.minLength += 1), real.minLength(...args))) as typeof real.minLength,
    safeParse: ((...args: Parameters<typeof real.safeParse>) => ((parsed.count += 1), real.safeParse(...args))) as typeof real.safeParse,
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
    expect(parsed.count).toBe(0);
  });

  it('builds the submit\'s and the sign-in\'s schemas on first use, not at import', async () => {
    await import('./index');
    expect(built).toEqual({ discriminatedUnion: 0, literal: 0, minLength: 0 });

    const { z } = await import('../../contract/zod');
    const { connectionResponse, socketMessageSchema } = await import('../../contract/connect');
    expect(z.safeParse(connectionResponse, { connectionId: 'c1', providerConfigKey: 'acme' }).success).toBe(true);
    expect(z.safeParse(connectionResponse, { connectionId: '', providerConfigKey: 'acme' }).success).toBe(false);
    expect(z.safeParse(socketMessageSchema, { message_type: 'connection_ack', ws_client_id: 'w1' }).success).toBe(true);
    expect(built.discriminatedUnion).toBeGreaterThan(0);
    expect(built.literal).toBeGreaterThan(0);
    expect(built.minLength).toBeGreaterThan(0);
  });
});
