import type { ErrorType } from '../../protocol/errors';
import type { ErrorPayload } from '../../protocol/messages';
import type { ApiFailure } from '../../client/failure';
import { t } from '../i18n';
import type { MessageKey } from '../i18n/en';

/**
 * The plain-words explanation of each error type (the fallback when the server says nothing) is
 * `error.<errorType>`; the type checks that every error type has one.
 */
const typeMessage = (errorType: ErrorType): MessageKey => `error.${errorType}` satisfies MessageKey;

// Codes Nango sends without a message get a sentence of their own.
const codeMessages: Record<string, MessageKey> = {
  integration_not_allowed: 'error.integration_not_allowed',
  unknown_provider_config: 'error.unknown_provider_config',
  invalid_auth_mode: 'error.invalid_auth_mode',
  unsupported_auth_mode: 'error.unsupported_auth_mode',
};

export function messageKeyFor(failure: ApiFailure): MessageKey {
  if (failure.isCancelled) return 'failure.cancelled';
  const byCode = failure.code !== null && Object.hasOwn(codeMessages, failure.code) ? codeMessages[failure.code] : undefined;
  return byCode ?? typeMessage(failure.errorType);
}

/** Our sentence for the failure, naming the integration where it helps. Never empty. */
export function explainFailure(failure: ApiFailure, name: string): string {
  return t(messageKeyFor(failure), { name });
}

/** The server's own words when it sent some, else ours: what the host receives as `errorMessage`. */
export function failureText(failure: ApiFailure, name: string): string {
  return failure.message || explainFailure(failure, name);
}

/** The `error` event the host receives for a failure. */
export function errorPayloadFor(failure: ApiFailure, name: string): ErrorPayload {
  const payload: ErrorPayload = { errorType: failure.errorType, errorMessage: failureText(failure, name) };
  if (failure.code) payload.errorCode = failure.code;
  return payload;
}
