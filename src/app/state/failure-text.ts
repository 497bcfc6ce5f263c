import type { ErrorType } from '../../protocol/errors';
import type { ApiFailure } from '../api/api-failure';
import { t } from '../i18n';
import type { MessageKey } from '../i18n/en';

/** The plain-words explanation of each error type (the fallback when the server says nothing). */
const typeMessages: Record<ErrorType, MessageKey> = {
  missing_connect_session_token: 'error.missing_connect_session_token',
  session_expired: 'error.session_expired',
  invalid_session_token: 'error.invalid_session_token',
  blocked_by_browser: 'error.blocked_by_browser',
  window_closed: 'error.window_closed',
  connection_test_failed: 'error.connection_test_failed',
  connection_validation_failed: 'error.connection_validation_failed',
  resource_capped: 'error.resource_capped',
  invalid_request: 'error.invalid_request',
  network_error: 'error.network_error',
  timeout: 'error.timeout',
  server_error: 'error.server_error',
  unknown_error: 'error.unknown_error',
  // Only the host SDK reports it, when the widget is not there to show anything.
  widget_unavailable: 'error.unknown_error',
};

// Codes Nango sends without a message (contract §7.8) get a sentence of their own.
const codeMessages: Record<string, MessageKey> = {
  integration_not_allowed: 'error.integration_not_allowed',
  unknown_provider_config: 'error.unknown_provider_config',
  invalid_auth_mode: 'error.invalid_auth_mode',
  unsupported_auth_mode: 'error.unsupported_auth_mode',
};

export function messageKeyFor(failure: ApiFailure): MessageKey {
  if (failure.isCancelled) return 'failure.cancelled';
  const byCode = failure.code !== null && Object.hasOwn(codeMessages, failure.code) ? codeMessages[failure.code] : undefined;
  return byCode ?? typeMessages[failure.errorType];
}

/** Our sentence for the failure, naming the integration where it helps. Never empty. */
export function explainFailure(failure: ApiFailure, name: string): string {
  return t(messageKeyFor(failure), { name });
}

/** The server's own words when it sent some, else ours: what the host receives as `errorMessage`. */
export function failureText(failure: ApiFailure, name: string): string {
  return failure.message || explainFailure(failure, name);
}
