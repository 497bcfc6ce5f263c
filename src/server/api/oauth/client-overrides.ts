import { z } from 'zod';
import { apiError } from '../http/api-error';
import type { ConnectSession } from '../store/store';

/**
 * "Bring your own OAuth app": the end user's client id and secret for one popup flow. Nango reads
 * them from the popup's query (`credentials[oauth_client_secret_override]`), which puts a secret in
 * browser history, proxy logs and the provider's Referer. Here the widget sends them first in a
 * POST body bound to its WebSocket client id; `GET /oauth/connect` then takes them up. Held in
 * memory only, a few minutes, once.
 */
export const clientOverrideBodySchema = z.strictObject({
  ws_client_id: z.string().min(1).max(64),
  oauth_client_id_override: z.string().min(1).max(255),
  oauth_client_secret_override: z.string().min(1).max(4096),
});
export type ClientOverrideBody = z.infer<typeof clientOverrideBodySchema>;

export interface ClientOverride {
  clientId: string;
  clientSecret: string;
}

const ttlMs = 10 * 60 * 1000;
const maxEntries = 5_000;
export const overrideKeys = ['oauth_client_id_override', 'oauth_client_secret_override', 'oauth_refresh_token_override'] as const;

/** The customer's backend allows an own app by naming an override key in the session's defaults (as Nango). */
export function allowsClientOverride(session: ConnectSession, uniqueKey: string): boolean {
  const defaults = session.integrationsConfigDefaults;
  const config = defaults && Object.hasOwn(defaults, uniqueKey) ? defaults[uniqueKey]?.connection_config : undefined;
  return config !== undefined && overrideKeys.some((key) => Object.hasOwn(config, key));
}

export function assertOverrideAllowed(session: ConnectSession, uniqueKey: string): void {
  if (!allowsClientOverride(session, uniqueKey)) {
    throw apiError(400, 'invalid_body', `The connect session does not let the end user bring their own OAuth app for "${uniqueKey}"`);
  }
}

/** A secret override in the popup URL is refused: it would be written wherever URLs are. */
export function assertNoSecretInQuery(credentials: Record<string, string> | undefined): void {
  const inUrl = ['oauth_client_secret_override', 'oauth_refresh_token_override'].filter((key) => credentials && Object.hasOwn(credentials, key));
  if (inUrl.length > 0) {
    throw apiError(400, 'invalid_query_params', `credentials[${inUrl[0]}] must not be sent in a URL: send it in the JSON body of POST /oauth/connect/:providerConfigKey/credentials first`);
  }
}

export function createClientOverrides(now: () => number) {
  const entries = new Map<string, ClientOverride & { expiresAt: number }>();
  const keyOf = (session: ConnectSession, wsClientId: string, uniqueKey: string) => JSON.stringify([session.id, wsClientId, uniqueKey]);
  return {
    put(session: ConnectSession, uniqueKey: string, body: ClientOverrideBody): void {
      for (const [key, entry] of entries) {
        if (entry.expiresAt > now() && entries.size < maxEntries) break;
        entries.delete(key);
      }
      entries.set(keyOf(session, body.ws_client_id, uniqueKey), {
        clientId: body.oauth_client_id_override, clientSecret: body.oauth_client_secret_override, expiresAt: now() + ttlMs,
      });
    },
    take(session: ConnectSession, wsClientId: string | undefined, uniqueKey: string): ClientOverride | undefined {
      if (wsClientId === undefined) return undefined;
      const key = keyOf(session, wsClientId, uniqueKey);
      const entry = entries.get(key);
      entries.delete(key);
      return entry && entry.expiresAt > now() ? { clientId: entry.clientId, clientSecret: entry.clientSecret } : undefined;
    },
  };
}
export type ClientOverrides = ReturnType<typeof createClientOverrides>;
