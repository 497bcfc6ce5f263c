import type { ErrorType } from '../../protocol/errors';
import { z } from '../../protocol/zod';
import type { ApiFailure } from '../api/api-failure';

// Nango's WebSocket `error_type`s (contract §2.3, `web-socket-error.ts`) onto our closed set; the
// raw code travels on as `errorCode`. Unlisted codes are `unknown_error`.
const typeBySocketCode: Record<string, ErrorType> = {
  // The provider or the API refused the authorization itself.
  callback_err: 'connection_validation_failed',
  token_err: 'connection_validation_failed',
  grant_type_err: 'connection_validation_failed',
  state_err: 'connection_validation_failed',
  state_cookie_err: 'connection_validation_failed',
  connection_validation_failed: 'connection_validation_failed',
  // The request could never work: wrong key, wrong mode, missing parameter.
  auth_mode_err: 'invalid_request',
  unknown_config_key: 'invalid_request',
  no_provider_config_key: 'invalid_request',
  url_param_err: 'invalid_request',
  missing_connection_id: 'invalid_request',
  connection_not_found: 'invalid_request',
  missing_hmac: 'invalid_request',
  invalid_hmac: 'invalid_request',
  // The API failed.
  provider_config_err: 'server_error',
  account_or_environment_retrieval_err: 'server_error',
};

export function errorTypeForSocketCode(code: string): ErrorType {
  return Object.hasOwn(typeBySocketCode, code) ? typeBySocketCode[code] ?? 'unknown_error' : 'unknown_error';
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
