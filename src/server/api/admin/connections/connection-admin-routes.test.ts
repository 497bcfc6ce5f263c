import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test/test-deps';
import { adminRequests, connectApiKey } from '../test/admin-requests';

let api: TestApi;
let admin: ReturnType<typeof adminRequests>;
beforeEach(() => {
  api = createTestApi();
  admin = adminRequests(api);
});
afterEach(() => api.cleanup());

const offsetTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/;

describe('GET /connections', () => {
  it('lists connections newest first in Nango’s list shape, keys in order, with no credentials', async () => {
    const first = await connectApiKey(api);
    const second = await connectApiKey(api, { endUser: { id: 'user-2', display_name: 'Bob' } });
    const { connections } = await (await admin.get('/connections')).json();
    expect(connections.map((c: { connection_id: string }) => c.connection_id)).toEqual([second, first]);
    expect(Object.keys(connections[1])).toEqual(['id', 'connection_id', 'provider_config_key', 'provider', 'errors', 'end_user', 'tags', 'metadata', 'created']);
    expect(connections[1]).toMatchObject({
      id: expect.any(Number),
      provider_config_key: 'demo-api-key',
      provider: 'test-api-key',
      errors: [],
      end_user: { id: 'user-1', display_name: 'Jane', email: 'jane@acme.test', tags: {}, organization: null },
      tags: { end_user_id: 'user-1', end_user_email: 'jane@acme.test', end_user_display_name: 'Jane' },
      metadata: null,
    });
    expect(connections[1].created).toMatch(offsetTimestamp);
  });

  it('filters by connectionId, search, endUserId, integrationId, tags, limit and page', async () => {
    const jane = await connectApiKey(api);
    await connectApiKey(api, { endUser: { id: 'user-2', display_name: 'Bob', email: 'bob@corp.test' }, tags: { team: 'Sales' } });
    const ids = async (query: string) =>
      ((await (await admin.get(`/connections?${query}`)).json()).connections as Array<{ end_user: { id: string } }>).map((c) => c.end_user.id);
    expect(await ids(`connectionId=${jane}`)).toEqual(['user-1']);
    expect(await ids('search=CORP')).toEqual(['user-2']);
    expect(await ids('endUserId=user-1')).toEqual(['user-1']);
    expect(await ids('integrationId=demo-basic, demo-api-key')).toEqual(['user-2', 'user-1']);
    expect(await ids('integrationId=demo-basic')).toEqual([]);
    expect(await ids('tags[TEAM]=Sales')).toEqual(['user-2']);
    expect(await ids('limit=1&page=1')).toEqual(['user-1']);
  });

  it('answers the deprecated /connection alias, and refuses unknown keys and bad tag keys', async () => {
    expect(await (await admin.get('/connection')).json()).toEqual({ connections: [] });
    expect((await (await admin.get('/connections?end_user=x')).json()).error.code).toBe('invalid_query_params');
    const { error } = await (await admin.get('/connections?tags[1bad]=x')).json();
    expect(error.errors[0]).toMatchObject({ code: 'invalid_key', message: 'Invalid key in record', path: ['tags', '1bad'] });
  });
});

describe('GET /connections/:connectionId', () => {
  it('returns the bare full object with decrypted API-key credentials', async () => {
    const id = await connectApiKey(api, { apiKey: 'test_secret_value' });
    const res = await admin.get(`/connections/${id}?provider_config_key=demo-api-key&force_refresh=false&refresh_token=false&refresh_github_app_jwt_token=false`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body)).toEqual([
      'id', 'connection_id', 'provider_config_key', 'provider', 'errors', 'end_user', 'tags', 'metadata', 'connection_config',
      'webhook_url_override', 'created_at', 'updated_at', 'last_fetched_at', 'credentials',
    ]);
    expect(body.credentials).toEqual({ type: 'API_KEY', apiKey: 'test_secret_value' });
    expect(body.updated_at).toMatch(offsetTimestamp);
  });

  it('strips refresh tokens unless refresh_token=true', async () => {
    const saved = api.deps.store.saveConnection(
      {
        connectionId: 'oauth-1', providerConfigKey: 'demo-oauth2', provider: 'test-oauth2', authMode: 'OAUTH2',
        credentials: { type: 'OAUTH2', access_token: 'at', refresh_token: 'rt', raw: { access_token: 'at', refresh_token: 'rt' } },
        connectionConfig: { refreshToken: 'x', subdomain: 'acme' }, tags: {}, webhookUrlOverride: null, isPending: false,
      },
      null,
      new Date().toISOString(),
    );
    const path = `/connections/${saved.connection.connectionId}?provider_config_key=demo-oauth2`;
    const stripped = await (await admin.get(path)).json();
    expect(stripped.credentials).toEqual({ type: 'OAUTH2', access_token: 'at', raw: { access_token: 'at' } });
    expect(stripped.connection_config).toEqual({ subdomain: 'acme' });
    const full = await (await admin.get(`${path}&refresh_token=TRUE`)).json();
    expect(full.credentials.refresh_token).toBe('rt');
  });

  it.each([
    ['/connections/x', 400, 'invalid_query_params'],
    ['/connections/x?provider_config_key=nope', 400, 'unknown_provider_config'],
    ['/connections/x?provider_config_key=demo-api-key', 404, 'not_found'],
    ['/connections/x?provider_config_key=demo-api-key&force_refresh=maybe', 400, 'invalid_query_params'],
  ])('%s → %i %s', async (path, status, code) => {
    const res = await admin.get(path);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });
});

describe('DELETE /connections/:connectionId', () => {
  it('deletes one connection; a second delete or an unknown integration is 400 unknown_connection with no message', async () => {
    const id = await connectApiKey(api);
    const kept = await connectApiKey(api, { endUser: { id: 'user-kept', email: 'kept@acme.test' } });
    expect(await (await admin.delete(`/connections/${id}?provider_config_key=demo-api-key`)).json()).toEqual({ success: true });
    expect(api.deps.store.getConnection('demo-api-key', id)).toBeUndefined();
    // Only that one: the other connection and its end user are untouched.
    const { connections } = await (await admin.get('/connections')).json();
    expect(connections).toEqual([expect.objectContaining({ connection_id: kept, end_user: expect.objectContaining({ id: 'user-kept' }) })]);
    const again = await admin.delete(`/connections/${id}?provider_config_key=demo-api-key`);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: { code: 'unknown_connection' } });
    expect((await admin.delete(`/connection/${id}?provider_config_key=nope`)).status).toBe(400);
  });

  it('needs provider_config_key and a valid connection id', async () => {
    expect((await (await admin.delete('/connections/x')).json()).error.code).toBe('invalid_query_params');
    expect((await (await admin.delete('/connections/a%23b?provider_config_key=demo-api-key')).json()).error.code).toBe('invalid_uri_params');
  });
});
