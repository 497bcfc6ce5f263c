import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../../test/app/oauth-harness';
import { savePendingFlow } from './pending-flow';
import { resumeOAuth } from './resume-oauth';

const apiURL = 'http://127.0.0.1:3003/prefix';
const flow = { flowId: 'f'.repeat(32), providerConfigKey: 'demo-oauth2', startedAt: 1_000 };

function answering(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
}

async function resume(fetch: typeof globalThis.fetch) {
  const storage = memoryStorage();
  savePendingFlow(storage, flow);
  const resumed = await resumeOAuth({ storage, apiURL, fetch, now: 2_000 });
  return { resumed, storage };
}

describe('resumeOAuth', () => {
  it('asks the API for the flow’s result once and reports the connection', async () => {
    const fetch = answering(200, { data: { message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: 'c-1', is_pending: false } });
    const { resumed, storage } = await resume(fetch);
    expect(fetch).toHaveBeenCalledWith(`${apiURL}/oauth/redirect/${'f'.repeat(32)}`, expect.anything());
    expect(resumed).toEqual({ providerConfigKey: 'demo-oauth2', result: { ok: true, value: { providerConfigKey: 'demo-oauth2', connectionId: 'c-1', isPending: false } } });
    expect(storage.items.size).toBe(0);
  });

  it('reports the provider’s error as the socket would have', async () => {
    const { resumed } = await resume(answering(200, { data: { message_type: 'error', error_type: 'callback_err', error_desc: 'Denied by user' } }));
    expect(resumed?.result).toMatchObject({ ok: false, failure: { errorType: 'connection_validation_failed', code: 'callback_err', message: 'Denied by user' } });
  });

  it('treats an unknown flow as a sign-in the user did not finish', async () => {
    const { resumed } = await resume(answering(404, { error: { code: 'unknown_oauth_flow' } }));
    expect(resumed?.result).toMatchObject({ ok: false, failure: { errorType: 'window_closed', code: 'oauth_flow_not_finished' } });
  });

  it('reports an unreachable API as a network error', async () => {
    const { resumed } = await resume(vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(resumed?.result).toMatchObject({ ok: false, failure: { errorType: 'network_error' } });
  });

  it('does nothing when this tab left for no flow', async () => {
    const fetch = answering(200, {});
    expect(await resumeOAuth({ storage: memoryStorage(), apiURL, fetch })).toBeNull();
    expect(await resumeOAuth({ storage: null, apiURL, fetch })).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
