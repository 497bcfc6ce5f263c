import { describe, expect, it, vi } from 'vitest';

// The lazy half is evaluated on the path to a single-integration session's form: what it builds
// at import delays that form. The schemas of the submit's answer and of the OAuth sign-in are
// built on their first use; only the provider's, which the form needs, at import.
const built = vi.hoisted(() => ({ discriminatedUnion: 0, literal: 0, minLength: 0 }));
vi.mock('zod/mini', async (importOriginal) => {
  const real = await importOriginal<typeof import('zod/mini')>();
  return {
    ...real,
    discriminatedUnion: ((...args: Parameters<typeof real.discriminatedUnion>) => ((built.discriminatedUnion += 1), real.discriminatedUnion(...args))) as typeof real.discriminatedUnion,
    literal: ((...args: Parameters<typeof real.literal>) => ((built.literal += 1), real.literal(...args))) as typeof real.literal,
    minLength: ((...args: Parameters<typeof real.minLength>) => ((built.minLength += 1), real.minLength(...args))) as typeof real.minLength,
  };
});

describe('the lazy half of the widget', () => {
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
