import { adminErrorEnvelope, z } from '../../contract';
import { failure, success, type Result } from './result';

/** The server's own message; else its first validation issue, with the field it is about. */
function envelopeMessage(json: unknown): { code: string | null; message: string } | null {
  const parsed = z.safeParse(adminErrorEnvelope, json);
  if (!parsed.success) return null;
  const { code, message, errors } = parsed.data.error;
  const first = errors?.[0];
  const issue = first ? `${first.path?.length ? `${first.path.join('.')}: ` : ''}${first.message}` : null;
  return { code: code ?? null, message: message || issue || code || 'The server refused the request' };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Status and body to a value or a failure; pure, so every broken answer is testable without a network. */
export function interpretResponse<T>(status: number, text: string, schema: z.ZodMiniType<T>): Result<T> {
  const json = text.trim() ? parseJson(text) : undefined;
  if (status < 200 || status >= 300) {
    const described = envelopeMessage(json);
    return failure(status, described?.code ?? null, described?.message ?? `The server answered HTTP ${status}`);
  }
  const parsed = z.safeParse(schema, json);
  if (parsed.success) return success(parsed.data);
  return failure(status, 'unexpected_response', 'The server sent an answer the console cannot read');
}
