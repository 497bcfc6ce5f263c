import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test/test-deps';
import { adminRequests, connectApiKey } from '../test/admin-requests';
import { startTestReceiver, type TestReceiver } from '../test/webhook-receiver';

let api: TestApi;
let admin: ReturnType<typeof adminRequests>;
let receiver: TestReceiver;
beforeEach(async () => {
  api = createTestApi();
  admin = adminRequests(api);
  receiver = await startTestReceiver();
  // Resends go out through deps.fetch, which the test API points at itself: use the network here.
  api.deps.fetch = (input, init) => fetch(input, init);
  await admin.patch('/plugboard/environment/webhook', { primary_url: receiver.url });
});
afterEach(async () => {
  await api.deps.webhooks.idle();
  await receiver.close();
  api.cleanup();
});

const deliveries = async (query = '') => (await (await admin.get(`/plugboard/webhook-deliveries${query}`)).json()).data;

describe('GET /plugboard/webhook-deliveries', () => {
  it('lists the creation webhook as delivered, with its event summary', async () => {
    const connectionId = await connectApiKey(api);
    await api.deps.webhooks.idle();
    expect(await deliveries()).toEqual([
      {
        id: expect.any(Number),
        url: receiver.url,
        state: 'delivered',
        status: 200,
        attempts: 1,
        last_error: null,
        created_at: expect.any(String),
        delivered_at: expect.any(String),
        event: { type: 'auth', operation: 'creation', connection_id: connectionId, provider_config_key: 'demo-api-key', success: true },
      },
    ]);
  });

  it('records a refused delivery as failed after its retries, newest first, limited on request', async () => {
    receiver.status = 503;
    await connectApiKey(api);
    await connectApiKey(api);
    await api.deps.webhooks.idle();
    const [newest, oldest] = await deliveries();
    expect(newest).toMatchObject({ state: 'failed', status: 503, attempts: 3, last_error: 'HTTP 503', delivered_at: null });
    expect(newest.id).toBeGreaterThan(oldest.id);
    expect(await deliveries('?limit=1')).toHaveLength(1);
    expect((await admin.get('/plugboard/webhook-deliveries?limit=0')).status).toBe(400);
  });
});

describe('POST /plugboard/webhook-deliveries/:id/resend', () => {
  it('sends the same body again as a new delivery and answers with its outcome', async () => {
    receiver.status = 500;
    await connectApiKey(api);
    await api.deps.webhooks.idle();
    const [failed] = await deliveries();
    receiver.status = 200;
    const res = await admin.post(`/plugboard/webhook-deliveries/${failed.id}/resend`);
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data).toMatchObject({ state: 'delivered', status: 200, attempts: 1, url: receiver.url });
    expect(data.id).not.toBe(failed.id);
    const bodies = receiver.requests.map((request) => request.body);
    expect(bodies[bodies.length - 1]).toBe(bodies[0]);
    expect(receiver.requests[receiver.requests.length - 1]?.headers['x-nango-hmac-sha256']).toEqual(expect.any(String));
  });

  it('answers 404 for an unknown delivery and 400 for a bad id', async () => {
    expect((await (await admin.post('/plugboard/webhook-deliveries/999/resend')).json()).error.code).toBe('not_found');
    expect((await (await admin.post('/plugboard/webhook-deliveries/abc/resend')).json()).error.code).toBe('invalid_uri_params');
  });
});
