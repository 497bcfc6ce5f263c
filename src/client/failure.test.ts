import { describe, expect, it } from 'vitest';
import { errorTypes } from '../protocol/errors';
import { isSessionFailure } from './failure';
import { apiFailure, errorTypeFor } from './http';

describe('errorTypeFor', () => {
  it.each([
    [401, 'unknown_connect_session_token', 'session_expired'],
    [401, 'invalid_connect_session_token_format', 'invalid_session_token'],
    // Nango reads a malformed token on GET /integrations as a malformed secret key.
    [401, 'invalid_secret_key_format', 'invalid_session_token'],
    [400, 'connection_test_failed', 'connection_test_failed'],
    [200, 'invalid_credentials', 'connection_test_failed'],
    [400, 'connection_validation_failed', 'connection_validation_failed'],
    [400, 'resource_capped', 'resource_capped'],
    [400, 'invalid_body', 'invalid_request'],
    [404, 'unknown_provider_config', 'invalid_request'],
    [429, 'too_many_request', 'invalid_request'],
    [500, 'server_error', 'server_error'],
    [503, null, 'server_error'],
    [200, 'something_new', 'unknown_error'],
    [null, null, 'unknown_error'],
  ] as const)('status %s code %s → %s', (status, code, expected) => {
    expect(errorTypeFor(status, code)).toBe(expected);
  });

  it('only ever returns a type of the documented closed set', () => {
    for (const code of ['__proto__', 'constructor', 'toString', 'x']) {
      for (const status of [null, 200, 400, 401, 500]) expect(errorTypes).toContain(errorTypeFor(status, code));
    }
  });

  it('knows which failures a fresh token fixes', () => {
    expect(isSessionFailure(apiFailure(401, 'unknown_connect_session_token', '', null))).toBe(true);
    expect(isSessionFailure(apiFailure(400, 'invalid_body', '', null))).toBe(false);
  });
});
