import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, createTestApi, jsonPost, testSecretKey, type TestApi } from '../test/test-deps';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.cleanup());

const secret = { authorization: `Bearer ${testSecretKey}` };
const createSession = (body: unknown, headers: Record<string, string> = secret) => api.app.request('/connect/sessions', jsonPost(body, headers));

describe('POST /connect/sessions', () => {
  it('creates a 30-minute session with a Nango-format token and a connect link', async () => {
    const res = await createSession({ end_user: { id: 'u1' }, allowed_integrations: ['demo-api-key'] });
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.token).toMatch(/^nango_connect_session_[a-f0-9]{64}$/);
    expect(data.connect_link).toBe(`http://ui.test/widget/?session_token=${data.token}`);
    const ttl = Date.parse(data.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(29 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(30 * 60 * 1000);
  });

  it('answers 401 missing_auth_header without an Authorization header', async () => {
    const res = await createSession({ end_user: { id: 'u1' } }, {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'missing_auth_header', message: expect.any(String), payload: {} } });
  });

  it('answers 401 malformed_auth_header when the header is not a Bearer token', async () => {
    const res = await createSession({ end_user: { id: 'u1' } }, { authorization: 'Basic abc' });
    expect((await res.json()).error.code).toBe('malformed_auth_header');
  });

  it('answers 401 unknown_account for a wrong secret key', async () => {
    const res = await createSession({ end_user: { id: 'u1' } }, { authorization: 'Bearer 00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unknown_account');
  });

  it('answers 401 invalid_secret_key_format when a session token is used as the secret key', async () => {
    const token = await api.createSession();
    const res = await createSession({ end_user: { id: 'u1' } }, { authorization: `Bearer ${token}` });
    expect((await res.json()).error.code).toBe('invalid_secret_key_format');
  });

  it('answers 400 invalid_body with unrecognized_keys for an unknown key', async () => {
    const res = await createSession({ end_user: { id: 'u1' }, colour: 'red' });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_body');
    expect(error.errors[0]).toMatchObject({ code: 'unrecognized_keys', path: [] });
  });

  it('requires end_user unless tags are given', async () => {
    expect((await createSession({})).status).toBe(400);
    expect((await createSession({ tags: { team: 'growth' } })).status).toBe(201);
  });

  it('reports each unknown integration at its path', async () => {
    const res = await createSession({ end_user: { id: 'u1' }, allowed_integrations: ['demo-api-key', 'nope'] });
    const { error } = await res.json();
    expect(error.code).toBe('invalid_body');
    expect(error.errors).toEqual([expect.objectContaining({ path: ['allowed_integrations', '1'] })]);
  });

  it('answers 400 invalid_body with a clear message for malformed JSON', async () => {
    const res = await api.app.request('/connect/sessions', { method: 'POST', headers: { ...secret, 'content-type': 'application/json' }, body: '{"end_user":' });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'invalid_body', message: expect.stringContaining('not valid JSON') });
  });

  it('answers 415 invalid_content_type for a non-JSON body', async () => {
    const res = await api.app.request('/connect/sessions', { method: 'POST', headers: { ...secret, 'content-type': 'text/plain' }, body: 'hi' });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('invalid_content_type');
  });

  it('answers 400 invalid_query_params when the query is not empty', async () => {
    const res = await api.app.request('/connect/sessions?x=1', jsonPost({ end_user: { id: 'u1' } }, secret));
    expect((await res.json()).error.code).toBe('invalid_query_params');
  });
});

describe('GET /connect/session', () => {
  it('returns the session for the widget', async () => {
    const token = await api.createSession({
      end_user: { id: 'u1', email: 'jane@acme.test', display_name: 'Jane' },
      organization: { id: 'org-1', display_name: 'Acme' },
      allowed_integrations: ['demo-basic'],
      integrations_config_defaults: { 'demo-basic': { user_scopes: 'x', connection_config: { subdomain: 'acme' } } },
    });
    const res = await api.app.request('/connect/session', bearer(token));
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual({
      endUser: { id: 'u1', email: 'jane@acme.test', display_name: 'Jane', tags: null, organization: { id: 'org-1', display_name: 'Acme' } },
      connectUISettings: { theme: { light: { primary: '#00B2E3' }, dark: { primary: '#00B2E3' } }, defaultTheme: 'system', showWatermark: true },
      allowed_integrations: ['demo-basic'],
      integrations_config_defaults: { 'demo-basic': { connection_config: { subdomain: 'acme' } } },
      websocketsPath: '/',
      connections: [],
    });
  });

  it('answers 401 invalid_connect_session_token_format for a malformed token', async () => {
    const res = await api.app.request('/connect/session', bearer('nango_connect_session_xyz'));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('invalid_connect_session_token_format');
  });

  it('answers 401 unknown_connect_session_token for an unknown token', async () => {
    const res = await api.app.request('/connect/session', bearer(`nango_connect_session_${'a'.repeat(64)}`));
    expect((await res.json()).error.code).toBe('unknown_connect_session_token');
  });

  it('answers 401 unknown_connect_session_token once the token has expired', async () => {
    const token = await api.createSession();
    api.advanceClock(30 * 60 * 1000 - 1_000);
    expect((await api.app.request('/connect/session', bearer(token))).status).toBe(200);
    api.advanceClock(1_001);
    const res = await api.app.request('/connect/session', bearer(token));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unknown_connect_session_token');
  });

  it('is gone after DELETE /connect/session', async () => {
    const token = await api.createSession();
    expect((await api.app.request('/connect/session', bearer(token))).status).toBe(200);
    expect((await api.app.request('/connect/session', { method: 'DELETE', ...bearer(token) })).status).toBe(204);
    expect((await api.app.request('/connect/session', bearer(token))).status).toBe(401);
  });
});

describe('POST /connect/sessions/reconnect', () => {
  it('refuses an unknown connection', async () => {
    const res = await api.app.request('/connect/sessions/reconnect', jsonPost({ connection_id: 'nope', integration_id: 'demo-api-key' }, secret));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_body', message: 'ConnectionID or IntegrationId does not exists' });
  });
});

describe('POST /connect/telemetry', () => {
  it('accepts a beacon with the token in the body', async () => {
    const token = await api.createSession();
    const res = await api.app.request('/connect/telemetry', jsonPost({ token, event: 'open', timestamp: new Date().toISOString() }));
    expect(res.status).toBe(204);
  });

  it('refuses an unknown event', async () => {
    const token = await api.createSession();
    const res = await api.app.request('/connect/telemetry', jsonPost({ token, event: 'dance', timestamp: new Date().toISOString() }));
    expect((await res.json()).error.code).toBe('invalid_body');
  });
});
