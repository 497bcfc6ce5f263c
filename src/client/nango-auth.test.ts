import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError } from '../protocol/nango-auth';
import { createTestApi, type TestApi } from '../server/api/test/test-deps';
import { ConnectError } from './failure';
import { connectValues, nangoAuth, toAuthError, type NangoAuthRequest } from './nango-auth';

// Nango's `auth()` on the headless client, against the real reference API in process.

const apiURL = 'http://api.test';
let api: TestApi;
let token: string;

beforeEach(async () => {
  api = createTestApi();
  token = await api.createSession();
});
afterEach(() => api.cleanup());

const fetchInProcess: typeof fetch = (input, init) => Promise.resolve(api.app.request(String(input), init));
const request = (providerConfigKey: string, options: NangoAuthRequest['options'], extra: Partial<NangoAuthRequest> = {}): NangoAuthRequest => ({
  apiURL, sessionToken: token, providerConfigKey, options, client: { fetch: fetchInProcess }, ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('connectValues', () => {
  it('keys credentials, params and assertion options as the form does, leaving out the mode and anything not a string', () => {
    expect(connectValues({
      credentials: { type: 'TWO_STEP', username: 'ada', nested: { no: 1 }, count: 3 },
      params: { subdomain: 'acme' },
      assertionOption: { sub: 'x' },
    })).toEqual({ 'credentials.username': 'ada', 'params.subdomain': 'acme', 'assertion_option.sub': 'x' });
    expect(connectValues({})).toEqual({});
  });
});

describe('nangoAuth', () => {
  it('posts an API key and resolves with the connection, as Nango’s SDK does', async () => {
    const result = await nangoAuth(request('demo-api-key', { credentials: { apiKey: 'test_unit' }, params: { region: 'eu' } }));
    expect(result).toEqual({ providerConfigKey: 'demo-api-key', connectionId: expect.any(String) });
  });

  it('rejects a key the provider refuses with the API’s code and message, which never repeat the key', async () => {
    const error = await rejection(nangoAuth(request('demo-api-key', { credentials: { apiKey: 'wrong_secret_value' }, params: { region: 'eu' } })));
    expect(error.type).toBe('connection_test_failed');
    expect(error.message).toMatch(/rejected the API key/);
    expect(error.message).not.toContain('wrong_secret_value');
  });

  it('names the missing field before posting (missing_credentials)', async () => {
    const error = await rejection(nangoAuth(request('demo-api-key', { credentials: { apiKey: '' }, params: { region: 'eu' } })));
    expect([error.type, error.message]).toEqual(['missing_credentials', 'credentials.apiKey: This field is required.']);
  });

  it('tells an integration the session does not allow from one that does not exist', async () => {
    const limited = await api.createSession({ end_user: { id: 'user-1' }, allowed_integrations: ['demo-basic'] });
    const notAllowed = await rejection(nangoAuth(request('demo-api-key', { credentials: { apiKey: 'test_unit' } }, { sessionToken: limited })));
    expect(notAllowed.type).toBe('integration_not_allowed');
    const unknown = await rejection(nangoAuth(request('no-such-integration', { credentials: { apiKey: 'test_unit' } })));
    expect(unknown.type).toBe('unknown_provider_config');
  });

  it('rejects credentials for an OAuth integration as Nango’s API does (invalid_auth_mode)', async () => {
    const error = await rejection(nangoAuth(request('demo-oauth2', { credentials: { apiKey: 'test_unit' } })));
    expect(error.type).toBe('invalid_auth_mode');
  });

  it('rejects at once, without a call, when the caller’s window was blocked', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => (calls++, fetchInProcess(input, init));
    const error = await rejection(nangoAuth(request('demo-oauth2', {}, { popup: null, client: { fetch: counting } })));
    expect([error.type, error.message, calls]).toEqual(['blocked_by_browser', 'Modal blocked by browser', 0]);
  });
});

describe('toAuthError', () => {
  const context = { providerConfigKey: 'crm', allowedIntegrations: null };

  it('puts the API’s code in type and passes on its message, or none when it sent none', () => {
    expect({ ...toAuthError(new ConnectError('invalid_request', 'There is no integration', { code: 'unknown_provider_config', status: 404 }), context) })
      .toEqual({ type: 'unknown_provider_config' });
    const silent = toAuthError(new ConnectError('invalid_request', '', { code: 'invalid_query_params', status: 400 }), context);
    expect([silent.type, silent.message]).toEqual(['invalid_query_params', '']);
  });

  it('uses Nango’s words for the window’s failures', () => {
    const blocked = toAuthError(new ConnectError('blocked_by_browser', 'The browser blocked the sign-in window', { code: 'popup_blocked' }), context);
    expect([blocked.type, blocked.message]).toEqual(['blocked_by_browser', 'Modal blocked by browser']);
    const closed = toAuthError(new ConnectError('window_closed', 'The sign-in window was closed', { code: 'window_closed' }), context);
    expect([closed.type, closed.message]).toEqual(['window_closed', 'The authorization window was closed before the authorization flow was completed']);
  });

  it('reads a token refused as a secret key as a malformed session token', () => {
    for (const code of ['unknown_account', 'invalid_secret_key_format', 'malformed_auth_header']) {
      expect(toAuthError(new ConnectError('session_expired', 'Authentication failed', { code, status: 401 }), context).type).toBe('invalid_connect_session_token_format');
    }
  });

  it('keeps a failure that is not the client’s as unknown_error', () => {
    expect(toAuthError(new TypeError('boom'), context)).toMatchObject({ type: 'unknown_error', message: 'boom' });
  });
});
