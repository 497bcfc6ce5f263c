import { z } from 'zod';
import { jsonObjectSchema } from '../http/json-value';
import { parseForeignJson } from '../http/safe-keys';
import type { Credentials, Json } from '../store/store';

const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.union([z.number(), z.string()]).optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
});
const tokenErrorSchema = z.looseObject({ error: z.string(), error_description: z.string().optional() });

export type TokenResult = { ok: true; token: z.infer<typeof tokenResponseSchema>; raw: Record<string, Json> } | { ok: false; message: string };

/** POSTs a form-encoded token request (RFC 6749 section 4.1.3) and parses the answer. */
export async function requestToken(send: typeof fetch, tokenUrl: string, form: Record<string, string>): Promise<TokenResult> {
  let response: Response;
  try {
    response = await send(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    return { ok: false, message: `The token endpoint could not be reached: ${err instanceof Error ? err.message : String(err)}` };
  }
  const json = parseTokenAnswer(await response.text().catch(() => ''));
  const token = tokenResponseSchema.safeParse(json);
  if (response.ok && token.success) return { ok: true, token: token.data, raw: rawJson(json) };
  const error = tokenErrorSchema.safeParse(json);
  const reason = error.success ? `${error.data.error}${error.data.error_description ? `: ${error.data.error_description}` : ''}` : `HTTP ${response.status}`;
  return { ok: false, message: `The token endpoint refused the request (${reason})` };
}

/** The stored OAuth2 credentials, in Nango's shape (`raw` keeps the provider's full answer). */
export function oauthCredentials(type: 'OAUTH2' | 'OAUTH2_CC', result: Extract<TokenResult, { ok: true }>, now: Date): Credentials {
  const expiresIn = Number(result.token.expires_in);
  return {
    type,
    ...(type === 'OAUTH2' ? { access_token: result.token.access_token } : { token: result.token.access_token }),
    ...(result.token.refresh_token ? { refresh_token: result.token.refresh_token } : {}),
    ...(Number.isFinite(expiresIn) ? { expires_at: new Date(now.getTime() + expiresIn * 1000).toISOString() } : {}),
    raw: result.raw,
  };
}

function rawJson(value: unknown): Record<string, Json> {
  const parsed = jsonObjectSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** A provider's answer; its `__proto__`-like keys are dropped so they cannot reach a prototype here. */
function parseTokenAnswer(text: string): unknown {
  try {
    return parseForeignJson(text);
  } catch {
    return null;
  }
}
