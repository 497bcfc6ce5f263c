import { z } from '../../protocol/zod';
import type { ApiFailure } from './api-failure';
import { apiFailure } from './classify-failure';
import { errorEnvelope } from './api-schemas';
import { failed, success, type Result } from './result';

const detailLimit = 2000;

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const excerpt = (text: string) => (text.length > detailLimit ? `${text.slice(0, detailLimit)}…` : text);

/** Any JSON holding `error` is a failure whatever the status (Nango's TBA route answers 200 + error). */
function failureFromEnvelope(status: number, json: unknown): ApiFailure | null {
  const envelope = z.safeParse(errorEnvelope, json);
  if (!envelope.success) return null;
  const { error } = envelope.data;
  const detail = excerpt(JSON.stringify(error));
  if (typeof error === 'string') return apiFailure(status, error, '', detail);
  return apiFailure(status, error.code ?? null, error.message ?? '', detail);
}

function brokenBody(status: number, text: string, code: string): ApiFailure {
  const failure = apiFailure(status, null, '', text ? excerpt(text) : null);
  // A 2xx we cannot read is the server's fault, not the caller's.
  return status < 400 ? { ...failure, errorType: 'server_error', code } : failure;
}

/**
 * Turns a status and a body into a value or a failure. Pure, so every broken response (HTML from a
 * proxy, truncated JSON, an empty body, a wrong shape) is tested without a network.
 */
export function interpretResponse<T>(status: number, text: string, schema: z.ZodMiniType<T>): Result<T> {
  const parsed = text.trim() ? parseJson(text) : { ok: false as const };
  const fromEnvelope = parsed.ok ? failureFromEnvelope(status, parsed.json) : null;
  if (fromEnvelope) return failed(fromEnvelope);
  if (status < 200 || status >= 300) return failed(brokenBody(status, text, 'http_error'));
  if (!parsed.ok) return failed(brokenBody(status, text, text.trim() ? 'malformed_json' : 'empty_body'));
  const result = z.safeParse(schema, parsed.json);
  if (result.success) return success(result.data);
  return failed(brokenBody(status, excerpt(text), 'unexpected_response'));
}
