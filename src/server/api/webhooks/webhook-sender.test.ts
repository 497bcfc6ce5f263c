import { afterEach, describe, expect, it } from 'vitest';
import { writeWebhookSettings } from '../store/environment-settings';
import { createTestApi, testSigningKey, type TestApi } from '../test/test-deps';
import { createWebhookSender } from './webhook-sender';

let api: TestApi;
afterEach(() => api.cleanup());

function recordingFetch(statuses: number[]) {
  const calls: string[] = [];
  const send: typeof fetch = async (input) => {
    calls.push(String(input));
    const status = statuses.shift() ?? 200;
    if (status === 0) throw new Error('connection refused');
    return new Response(null, { status });
  };
  return { calls, send };
}

async function connectOnce(settings: Parameters<typeof writeWebhookSettings>[1], statuses: number[] = []) {
  api = createTestApi();
  writeWebhookSettings(api.deps.store, settings);
  const { calls, send } = recordingFetch(statuses);
  api.deps.webhooks = createWebhookSender({ store: api.deps.store, signingKey: testSigningKey, environmentName: 'dev', fetch: send, backoffMs: 1 });
  const token = await api.createSession();
  await api.app.request(`/auth/unauthenticated/demo-none?connect_session_token=${token}`, { method: 'POST' });
  await api.deps.webhooks.idle();
  return calls;
}

const settings = { primaryUrl: 'http://hooks.test/primary', secondaryUrl: 'http://hooks.test/secondary', sendCreationWebhooks: true, sendRefreshErrorWebhooks: true };

describe('auth webhook delivery', () => {
  it('posts to the primary and secondary environment URLs', async () => {
    expect((await connectOnce(settings)).sort()).toEqual(['http://hooks.test/primary', 'http://hooks.test/secondary']);
  });

  it('sends no creation webhook when the environment turned them off', async () => {
    expect(await connectOnce({ ...settings, sendCreationWebhooks: false })).toEqual([]);
  });

  it('retries network errors and 5xx, records each delivery, and gives up on 4xx', async () => {
    const calls = await connectOnce({ ...settings, secondaryUrl: null }, [0, 502, 200]);
    expect(calls).toHaveLength(3);
    expect(api.deps.store.listWebhookDeliveries()).toEqual([expect.objectContaining({ status: 200, attempts: 3, deliveredAt: expect.any(String) })]);
  });

  it('does not retry a 4xx', async () => {
    const calls = await connectOnce({ ...settings, secondaryUrl: null }, [410]);
    expect(calls).toHaveLength(1);
    expect(api.deps.store.listWebhookDeliveries()[0]).toMatchObject({ status: 410, attempts: 1, deliveredAt: null });
  });
});
