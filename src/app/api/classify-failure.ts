import type { ErrorType } from '../../protocol/errors';
import type { ApiFailure } from './api-failure';

// Codes whose meaning is stable across Nango's routes. Everything else is
// classified by status: the same code comes with different statuses on different routes.
const typeByCode: Record<string, ErrorType> = {
  unknown_connect_session_token: 'session_expired',
  invalid_connect_session_token_format: 'invalid_session_token',
  // Nango reads a malformed token on GET /integrations as a malformed secret key.
  invalid_secret_key_format: 'invalid_session_token',
  missing_auth_header: 'invalid_session_token',
  malformed_auth_header: 'invalid_session_token',
  connection_test_failed: 'connection_test_failed',
  invalid_credentials: 'connection_test_failed',
  connection_validation_failed: 'connection_validation_failed',
  resource_capped: 'resource_capped',
  server_error: 'server_error',
};

export function errorTypeFor(status: number | null, code: string | null): ErrorType {
  const byCode = code !== null && Object.hasOwn(typeByCode, code) ? typeByCode[code] : undefined;
  if (byCode) return byCode;
  if (status === 401) return 'session_expired';
  if (status !== null && status >= 500) return 'server_error';
  if (status !== null && status >= 400) return 'invalid_request';
  return 'unknown_error';
}

export function apiFailure(status: number | null, code: string | null, message: string, detail: string | null): ApiFailure {
  return { errorType: errorTypeFor(status, code), code, message: message.trim(), status, detail };
}
