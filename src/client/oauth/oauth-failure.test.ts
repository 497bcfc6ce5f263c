import { describe, expect, it } from 'vitest';
import { errorTypeForOAuthCode, providerMessage } from './oauth-failure';

describe('errorTypeForOAuthCode', () => {
  it('maps Nango’s WebSocket error types onto the closed set', () => {
    expect(errorTypeForOAuthCode('callback_err')).toBe('connection_validation_failed');
    expect(errorTypeForOAuthCode('token_err')).toBe('connection_validation_failed');
    expect(errorTypeForOAuthCode('unknown_config_key')).toBe('invalid_request');
    expect(errorTypeForOAuthCode('provider_config_err')).toBe('server_error');
    expect(errorTypeForOAuthCode('unknown_err')).toBe('unknown_error');
    expect(errorTypeForOAuthCode('toString')).toBe('unknown_error');
  });
});

describe('providerMessage', () => {
  it('prefers the provider’s description in the callback page’s JSON', () => {
    expect(providerMessage('{"error":"access_denied","error_description":"The user said no"}')).toBe('The user said no');
    expect(providerMessage('{"error":"access_denied"}')).toBe('access_denied');
    expect(providerMessage('{"error_message":"Nope"}')).toBe('Nope');
  });

  it('keeps plain text and unreadable JSON as they are', () => {
    expect(providerMessage('Token exchange failed')).toBe('Token exchange failed');
    expect(providerMessage('[1,2]')).toBe('[1,2]');
    expect(providerMessage('')).toBe('');
  });
});
