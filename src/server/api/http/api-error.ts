import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AdminErrorEnvelope } from '../../../contract/admin';
import type { ErrorEnvelope as WireErrorEnvelope } from '../../../contract/connect';
import type { Sent } from '../../../contract/zod';

/** One entry of `errors` in the envelope: the shape of a zod issue, as Nango returns it. */
export interface ErrorDetail {
  code: string;
  message: string;
  path: string[];
}

export interface ErrorEnvelope {
  error: { code: string; message?: string; errors?: ErrorDetail[]; payload?: Record<string, never> };
}

/** An error that already knows its wire form; thrown anywhere, rendered by `handleApiError`. */
export class ApiError extends HTTPException {
  readonly code: string;
  readonly details: ErrorDetail[] | undefined;
  /** The secret-key middleware answers in Nango's legacy shape, with an empty `payload`. */
  readonly hasLegacyPayload: boolean;

  constructor(status: ContentfulStatusCode, code: string, message?: string, details?: ErrorDetail[], hasLegacyPayload = false) {
    super(status, { message: message ?? '' });
    this.code = code;
    this.details = details;
    this.hasLegacyPayload = hasLegacyPayload;
  }

  toEnvelope(): ErrorEnvelope {
    return {
      error: {
        code: this.code,
        ...(this.message ? { message: this.message } : {}),
        ...(this.details ? { errors: this.details } : {}),
        ...(this.hasLegacyPayload ? { payload: {} } : {}),
      },
    } satisfies Sent<WireErrorEnvelope> & AdminErrorEnvelope;
  }
}

export function apiError(
  status: ContentfulStatusCode,
  code: string,
  message?: string,
  details?: ErrorDetail[],
  hasLegacyPayload = false,
): ApiError {
  return new ApiError(status, code, message, details, hasLegacyPayload);
}
