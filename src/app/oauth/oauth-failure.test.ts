import { describe, expect, it } from 'vitest';
import { errorTypeForSocketCode, providerMessage } from './oauth-failure';

describe('errorTypeForSocketCode', () => {
  it('maps Nango’s WebSocket error types onto the closed set', () => {
    expect(errorTypeForSocketCode('callback_err')).toBe('connection_validation_failed');
    expect(errorTypeForSocketCode('token_err')).toBe('connection_validation_failed');
    expect(errorTypeForSocketCode('unknown_config_key')).toBe('invalid_request');
    expect(errorTypeForSocketCode('provider_config_err')).toBe('server_error');
    expect(errorTypeForSocketCode('unknown_err')).toBe('unknown_error');
    expect(errorTypeForSocketCode('toString')).toBe('unknown_error');
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
