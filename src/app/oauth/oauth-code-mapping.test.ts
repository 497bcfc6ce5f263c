import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorTypes, type ErrorType } from '../../protocol/errors';
import { oauthErrorTypes, errorTypeForOAuthCode } from '../../client/oauth/oauth-failure';
import { ack, apiURL, run, setup } from '../../../test/app/oauth-harness';
import { ScriptedSocket } from '../../../test/app/oauth-doubles';

// Every code the reference API puts on the OAuth WebSocket or the callback page (src/server/api:
// resolve-session, resolve-integration, authorization-url, finish-callback, oauth-failure, the
// rate limit and the redirect results), with the errorType a host receives for it.
const published: Record<string, ErrorType> = {
  missing_connect_session_token: 'invalid_session_token',
  invalid_connect_session_token_format: 'invalid_session_token',
  unknown_connect_session_token: 'session_expired',
  invalid_query_params: 'invalid_request',
  unknown_provider_config: 'invalid_request',
  integration_not_allowed: 'invalid_request',
  invalid_auth_mode: 'invalid_request',
  url_param_err: 'invalid_request',
  invalid_connection: 'invalid_request',
  unknown_provider_template: 'server_error',
  provider_config_err: 'server_error',
  state_err: 'connection_validation_failed',
  state_cookie_err: 'connection_validation_failed',
  callback_err: 'connection_validation_failed',
  token_err: 'connection_validation_failed',
  connection_test_failed: 'connection_test_failed',
  resource_capped: 'resource_capped',
  too_many_request: 'invalid_request',
  unknown_err: 'unknown_error',
};

describe('errorTypeForOAuthCode', () => {
  it('maps every code the reference API publishes on the OAuth paths', async () => {
    for (const [code, errorType] of Object.entries(published)) expect([code, errorTypeForOAuthCode(code)]).toEqual([code, errorType]);
  });

  it('maps the codes Nango’s server publishes too, and nothing outside the closed set', async () => {
    expect(errorTypeForOAuthCode('grant_type_err')).toBe('connection_validation_failed');
    expect(errorTypeForOAuthCode('unknown_config_key')).toBe('invalid_request');
    expect(errorTypeForOAuthCode('account_or_environment_retrieval_err')).toBe('server_error');
    for (const errorType of Object.values(oauthErrorTypes)) expect(errorTypes).toContain(errorType);
  });

  it('an unknown code, or a prototype key, is unknown_error', async () => {
    expect(errorTypeForOAuthCode('something_new')).toBe('unknown_error');
    expect(errorTypeForOAuthCode('toString')).toBe('unknown_error');
    expect(errorTypeForOAuthCode('__proto__')).toBe('unknown_error');
  });
});

beforeEach(() => {
  vi.useFakeTimers();
  ScriptedSocket.instances = [];
});
afterEach(() => vi.useRealTimers());

const expiredOnSocket = {
  message_type: 'error',
  provider_config_key: 'demo-oauth2',
  error_type: 'unknown_connect_session_token',
  error_desc: 'Authentication failed. The provided connect session token is unknown or has expired.',
};
const expiredOnPage = {
  type: 'nango_oauth_callback_error',
  payload: { errorType: 'unknown_connect_session_token', message: 'Authentication failed. The provided connect session token is unknown or has expired.' },
};

describe('an expired session during OAuth, whichever message arrives first', () => {
  for (const order of ['socket first', 'callback page first'] as const) {
    it(`is session_expired with the server's code (${order})`, async () => {
      const { model, browser } = await setup();
      const outcome = run(model);
      ScriptedSocket.latest().send(ack);
      const deliverPage = () => browser.deliver({ origin: apiURL, source: browser.popups[0], data: expiredOnPage });
      const deliverSocket = () => ScriptedSocket.latest().send(expiredOnSocket);
      if (order === 'socket first') {
        deliverSocket();
        deliverPage();
      } else {
        deliverPage();
        deliverSocket();
      }
      await vi.advanceTimersByTimeAsync(0);
      expect(outcome.result).toMatchObject({
        ok: false,
        failure: { errorType: 'session_expired', code: 'unknown_connect_session_token', message: expiredOnSocket.error_desc },
      });
    });
  }

  it('a callback page without a code is still a refused authorization', async () => {
    const { model, browser } = await setup();
    const outcome = run(model);
    ScriptedSocket.latest().send(ack);
    browser.deliver({ origin: apiURL, source: browser.popups[0], data: { type: 'nango_oauth_callback_error', payload: { message: 'Nope' } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.result).toMatchObject({ ok: false, failure: { errorType: 'connection_validation_failed', code: null, message: 'Nope' } });
  });
});
