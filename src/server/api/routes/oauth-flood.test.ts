import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/test-deps';

let api: TestApi;
beforeEach(() => {
  api = createTestApi({ maxRequests: 1_000_000, trustedProxies: { hops: 1 } });
});
afterEach(() => api.cleanup());

const returnTo = encodeURIComponent('http://host.test/apps');
const flowIdOf = (label: string) => label.padEnd(24, '_');

/** Starts a redirect-mode flow; returns the consent URL and the state cookie. */
async function startFlow(token: string, flowId: string, address = '198.51.100.1') {
  const res = await api.app.request(`/oauth/connect/demo-oauth2?connect_session_token=${token}&return_to=${returnTo}&plugboard_flow=${flowId}`, {
    headers: { 'x-forwarded-for': address },
  });
  return { status: res.status, location: res.headers.get('location') ?? '', cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

async function allowAndReturn(started: { location: string; cookie: string }): Promise<void> {
  const consent = await (await api.app.request(started.location)).text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
  const decided = await api.app.request(new URL('decision', started.location).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision: 'allow' }).toString(),
  });
  await api.app.request(decided.headers.get('location') ?? '', { headers: { cookie: started.cookie } });
}

describe('a flood of redirect-mode flows', () => {
  it('leaves a real user’s outcome for the widget, and a flow started before it able to finish', async () => {
    const realToken = await api.createSession({ end_user: { id: 'real-user' } });
    const finished = await startFlow(realToken, flowIdOf('finished-flow'));
    await allowAndReturn(finished);
    const pending = await startFlow(realToken, flowIdOf('pending-flow'));
    expect(pending.status).toBe(302);

    // Without a valid session, from thousands of addresses, more flows than the server keeps…
    for (let index = 0; index < 10_050; index += 1) {
      const res = await startFlow('x', flowIdOf(`flood-${index}`), `10.1.${index >> 8}.${index & 255}`);
      expect(res.status).not.toBe(302);
    }
    // …and one valid session that starts flow after flow and finishes none.
    const floodToken = await api.createSession({ end_user: { id: 'flooder' } });
    for (let index = 0; index < 100; index += 1) await startFlow(floodToken, flowIdOf(`session-flood-${index}`));

    const outcomeOf = async (flowId: string) => {
      const res = await api.app.request(`/oauth/redirect/${flowId}`);
      return { status: res.status, data: (await res.json()).data };
    };
    expect(await outcomeOf(flowIdOf('finished-flow'))).toMatchObject({ status: 200, data: { message_type: 'success' } });
    await allowAndReturn(pending);
    expect(await outcomeOf(flowIdOf('pending-flow'))).toMatchObject({ status: 200, data: { message_type: 'success', provider_config_key: 'demo-oauth2' } });
  }, 120_000);

  it('keeps the tab’s way back for the browser that started the flow: a callback without its cookie does not use it up', async () => {
    const token = await api.createSession({ end_user: { id: 'real-user' } });
    const started = await startFlow(token, flowIdOf('cookie-flow'));
    const consent = await (await api.app.request(started.location)).text();
    const requestId = /name="request_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
    const decided = await api.app.request(new URL('decision', started.location).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request_id: requestId, decision: 'allow' }).toString(),
    });
    const callbackUrl = decided.headers.get('location') ?? '';
    const stranger = await (await api.app.request(callbackUrl)).text();
    expect(stranger).not.toContain('http-equiv="refresh"');
    const owner = await (await api.app.request(callbackUrl, { headers: { cookie: started.cookie } })).text();
    expect(owner).toContain('plugboard_oauth=success');
  });
});
