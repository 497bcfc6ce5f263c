import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, createTestApi, jsonPost, testPublicUrl, testSecretKey, type TestApi } from '../test/test-deps';
import { runOAuthPopup } from '../test/oauth-popup';

// A widget that handed its session to another device learns what that device connected from
// `GET /connect/session`: the connections made with this very session, and no other.

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.cleanup());

const sessionConnections = async (token: string) => {
  const res = await api.app.request('/connect/session', bearer(token));
  expect(res.status).toBe(200);
  return (await res.json()).data.connections;
};
const connectApiKey = async (token: string) => {
  const res = await api.app.request(`/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, jsonPost({ apiKey: 'test_key' }));
  expect(res.status).toBe(200);
  return (await res.json()).connectionId as string;
};

describe('GET /connect/session: connections', () => {
  it('lists none before a connection, then the API-key connection this session made', async () => {
    const token = await api.createSession();
    expect(await sessionConnections(token)).toEqual([]);
    const connectionId = await connectApiKey(token);
    expect(await sessionConnections(token)).toEqual([
      { connection_id: connectionId, provider_config_key: 'demo-api-key', is_pending: false, created_at: expect.any(String) },
    ]);
  });

  it('lists an OAuth connection made in the provider’s popup with this session', async () => {
    const token = await api.createSession();
    const send = (url: string | URL, init?: RequestInit) => Promise.resolve(api.app.request(String(url), init));
    const callback = await runOAuthPopup(testPublicUrl, { token, decision: 'allow', send });
    expect(callback.status).toBe(200);
    expect(await sessionConnections(token)).toEqual([expect.objectContaining({ provider_config_key: 'demo-oauth2', is_pending: false })]);
  });

  it('never lists another session’s connections, nor a denied attempt', async () => {
    const mine = await api.createSession();
    const other = await api.createSession();
    await connectApiKey(other);
    const send = (url: string | URL, init?: RequestInit) => Promise.resolve(api.app.request(String(url), init));
    await runOAuthPopup(testPublicUrl, { token: mine, decision: 'deny', send });
    expect(await sessionConnections(mine)).toEqual([]);
    expect(await sessionConnections(other)).toHaveLength(1);
  });

  it('moves a connection’s time when the session makes it again (a reconnect), so a watcher sees it anew', async () => {
    const res = await api.app.request('/connect/sessions', jsonPost({ end_user: { id: 'u1' } }, { authorization: `Bearer ${testSecretKey}` }));
    const first = (await res.json()).data.token as string;
    const connectionId = await connectApiKey(first);
    const reconnect = await api.app.request(
      '/connect/sessions/reconnect',
      jsonPost({ connection_id: connectionId, integration_id: 'demo-api-key', end_user: { id: 'u1' } }, { authorization: `Bearer ${testSecretKey}` }),
    );
    const token = (await reconnect.json()).data.token as string;
    expect(await connectApiKey(token)).toBe(connectionId);
    const [before] = await sessionConnections(token);
    api.advanceClock(1000);
    expect(await connectApiKey(token)).toBe(connectionId);
    const after = await sessionConnections(token);
    expect(after).toEqual([expect.objectContaining({ connection_id: connectionId })]);
    expect(Date.parse(after[0].created_at)).toBeGreaterThan(Date.parse(before.created_at));
  });

  it('forgets a connection that was deleted', async () => {
    const token = await api.createSession();
    const connectionId = await connectApiKey(token);
    const res = await api.app.request(`/connections/${connectionId}?provider_config_key=demo-api-key`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${testSecretKey}` },
    });
    expect(res.status).toBe(200);
    expect(await sessionConnections(token)).toEqual([]);
  });

  it('does not pass a purged session’s connections to a later session that got its id', async () => {
    const first = await api.createSession();
    await connectApiKey(first);
    api.advanceClock(31 * 60 * 1000); // the first session expires; the next insert purges it
    const second = await api.createSession();
    expect(await sessionConnections(second)).toEqual([]);
  });
});
