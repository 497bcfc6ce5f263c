import { describe, expect, it } from 'vitest';
import { parseCallbackMessage } from './popup';

const apiOrigin = 'http://127.0.0.1:3003';
const popup = {};
const error = { type: 'nango_oauth_callback_error', payload: { message: 'Denied', errorType: 'connection_validation_failed' } };

describe('parseCallbackMessage', () => {
  it('accepts the callback page’s messages from the API origin and our popup', () => {
    expect(parseCallbackMessage({ origin: apiOrigin, source: popup, data: error }, apiOrigin, popup)).toMatchObject({ type: 'nango_oauth_callback_error', payload: { message: 'Denied' } });
    expect(parseCallbackMessage({ origin: apiOrigin, source: popup, data: { type: 'nango_oauth_callback_success' } }, apiOrigin, popup)).toEqual({ type: 'nango_oauth_callback_success' });
  });

  it('ignores another origin, another window, and no popup at all', () => {
    expect(parseCallbackMessage({ origin: 'http://evil.example', source: popup, data: error }, apiOrigin, popup)).toBeNull();
    expect(parseCallbackMessage({ origin: apiOrigin, source: {}, data: error }, apiOrigin, popup)).toBeNull();
    expect(parseCallbackMessage({ origin: apiOrigin, source: null, data: error }, apiOrigin, null)).toBeNull();
  });

  it('ignores other messages and keeps an error with a broken payload as an error', () => {
    expect(parseCallbackMessage({ origin: apiOrigin, source: popup, data: { type: 'session_token' } }, apiOrigin, popup)).toBeNull();
    expect(parseCallbackMessage({ origin: apiOrigin, source: popup, data: 'nango_oauth_callback_error' }, apiOrigin, popup)).toBeNull();
    expect(parseCallbackMessage({ origin: apiOrigin, source: popup, data: { type: 'nango_oauth_callback_error', payload: 5 } }, apiOrigin, popup)).toMatchObject({
      payload: { message: '' },
    });
  });
});
