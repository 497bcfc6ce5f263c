import type { ErrorType } from '../../protocol/errors';
import { z } from '../../contract/zod';
import type { ApiFailure } from '../failure';

/**
 * The codes an API puts on the OAuth WebSocket (`error_type`) and on the callback page
 * (`errorType`), onto our closed set; the raw code travels on as `errorCode`. Both messages go
 * through this one table, so the outcome does not depend on which of them arrives first. The
 * README's OAuth error table lists the same mapping. Unlisted codes are `unknown_error`.
 */
export const oauthErrorTypes: Readonly<Record<string, ErrorType>> = {
  // The session token: the same screens and events as on a form.
  unknown_connect_session_token: 'session_expired',
  invalid_connect_session_token_format: 'invalid_session_token',
  missing_connect_session_token: 'invalid_session_token',
  // The provider or the API refused the authorization itself.
  callback_err: 'connection_validation_failed',
  token_err: 'connection_validation_failed',
  grant_type_err: 'connection_validation_failed',
  state_err: 'connection_validation_failed',
  state_cookie_err: 'connection_validation_failed',
  connection_validation_failed: 'connection_validation_failed',
  connection_test_failed: 'connection_test_failed',
  resource_capped: 'resource_capped',
  // The request could never work: wrong key, wrong mode, missing parameter.
  invalid_query_params: 'invalid_request',
  integration_not_allowed: 'invalid_request',
  invalid_auth_mode: 'invalid_request',
  auth_mode_err: 'invalid_request',
  unknown_provider_config: 'invalid_request',
  unknown_config_key: 'invalid_request',
  no_provider_config_key: 'invalid_request',
  url_param_err: 'invalid_request',
  invalid_connection: 'invalid_request',
  missing_connection_id: 'invalid_request',
  connection_not_found: 'invalid_request',
  missing_hmac: 'invalid_request',
  invalid_hmac: 'invalid_request',
  // A rate limit, as on every other route.
  too_many_request: 'invalid_request',
  // The API (or its configuration) failed.
  provider_config_err: 'server_error',
  unknown_provider_template: 'server_error',
  account_or_environment_retrieval_err: 'server_error',
  server_error: 'server_error',
};

export function errorTypeForOAuthCode(code: string): ErrorType {
  return Object.hasOwn(oauthErrorTypes, code) ? oauthErrorTypes[code] ?? 'unknown_error' : 'unknown_error';
}

export function oauthFailure(errorType: ErrorType, code: string | null, message: string, detail: string | null = null): ApiFailure {
  return { errorType, code, message: message.trim(), status: null, detail };
}

const providerError = z.looseObject({
  error: z.catch(z.optional(z.string()), undefined),
  error_description: z.catch(z.optional(z.string()), undefined),
  error_message: z.catch(z.optional(z.string()), undefined),
});

/**
 * The callback page sends the provider's error query as a JSON string
 * (`{"error":"access_denied","error_description":"…"}`); the person wants the description.
 */
export function providerMessage(message: string): string {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return message;
  }
  const result = z.safeParse(providerError, json);
  if (!result.success) return message;
  const { error, error_description: description, error_message: errorMessage } = result.data;
  return description || errorMessage || error || message;
}
