import { isObject, parseConnectUISettings } from '../protocol/settings';
import { anything, flag, invalid, key, listOf, loose, mapOf, optionalObject, text } from './readers';
import type { Integration, Session } from './types';

export { parseConnectUISettings };

// The first load's answers, `GET /connect/session` and `GET /integrations`, and Nango's error
// envelope: their one definition. Hand-written, not zod, because the widget's first screen reads
// them (zod would cost it ~13 KB brotli). Objects are loose (a newer server may add fields; they
// are kept, `__proto__` never); a wrong-typed optional key becomes undefined rather than failing
// the whole answer; a required key missing or wrong fails its object.

const strings = listOf(text);
const stringMap = mapOf(text);

const readSession = loose({
  // Malformed settings are no settings: the widget keeps its defaults.
  connectUISettings: (value) => parseConnectUISettings(value),
  allowed_integrations: strings,
  integrations_config_defaults: mapOf(optionalObject({ connection_config: mapOf(anything), authorization_params: stringMap })),
  isReconnecting: flag,
  overrides: mapOf(optionalObject({ docs_connect: text })),
  websocketsPath: text,
  /** Plugboard's own session settings: the host's product name and logo (its `powered_by` arrives as `showWatermark`). */
  plugboard: optionalObject({ branding: optionalObject({ name: text, logo_url: text }) }),
  // A malformed list only costs the handoff its watch, not the whole session.
  connections: listOf(loose({ connection_id: key, provider_config_key: key, is_pending: flag, created_at: text })),
});

const readIntegration = loose({
  unique_key: key,
  provider: key,
  display_name: text,
  logo: text,
  credentials_label: stringMap,
  preconfigured_credentials: strings,
});

/** `GET /connect/session` → `data`; null when it is not an object. */
export function parseSession(value: unknown): Session | null {
  const session = readSession(value);
  return session === invalid ? null : (session as Session);
}

/** One integration of `GET /integrations`; null when malformed. */
export function parseIntegration(value: unknown): Integration | null {
  const integration = readIntegration(value);
  return integration === invalid ? null : (integration as Integration);
}

/** The body of `GET /connect/session`: `{ data: session }`. */
export function parseSessionResponse(body: unknown): Session | null {
  return isObject(body) ? parseSession(body.data) : null;
}

/** The body of `GET /integrations`: `{ data: [...] }`. One malformed integration is dropped, not the whole list. */
export function parseIntegrationsResponse(body: unknown): Integration[] | null {
  if (!isObject(body) || !Array.isArray(body.data)) return null;
  const integrations: Integration[] = [];
  for (const item of body.data) {
    const integration = parseIntegration(item);
    if (integration) integrations.push(integration);
  }
  return integrations;
}

/** Nango's error envelope; a few servers send a bare string. */
export interface ErrorEnvelope {
  [key: string]: unknown;
  error: string | { [key: string]: unknown; code?: string | undefined; message?: string | undefined };
}

const readErrorObject = loose({ code: text, message: text });
const readErrorEnvelope = loose({ error: (value) => (typeof value === 'string' ? value : readErrorObject(value)) });

/** Any JSON object holding `error` (a string, or an object with optional `code` and `message`). */
export function parseErrorEnvelope(body: unknown): ErrorEnvelope | null {
  const envelope = readErrorEnvelope(body);
  return envelope === invalid ? null : (envelope as ErrorEnvelope);
}
