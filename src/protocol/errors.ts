/**
 * The closed set of `errorType` values Plugboard puts in `error` events.
 * Nango's widget leaks raw server codes here; we map them onto this set and carry the raw code
 * in `payload.errorCode`, so hosts can switch exhaustively.
 */
export const errorTypes = [
  'missing_connect_session_token', // no token reached the widget in time
  'session_expired', // the API does not know the token (expired or revoked): send a fresh one
  'invalid_session_token', // the token is malformed
  'blocked_by_browser', // the OAuth window could not be opened
  'window_closed', // the OAuth window was closed before the flow finished
  'connection_test_failed', // the provider rejected the credentials
  'connection_validation_failed', // the provider or the API refused the authorization
  'resource_capped', // the account reached its connection limit
  'invalid_request', // the API refused the request as malformed or not allowed
  'network_error', // the API could not be reached
  'timeout', // the API did not answer in time
  'server_error', // the API failed (5xx or a broken response)
  'unknown_error',
  'widget_unavailable', // sent by the host SDK, not the widget: the widget did not load in time
] as const;

export type ErrorType = (typeof errorTypes)[number];
