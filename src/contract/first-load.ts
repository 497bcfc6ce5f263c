import { isObject, parseConnectUISettings } from '../protocol/settings';
import type { Integration, Session } from './types';

export { parseConnectUISettings };

// The first load's answers, `GET /connect/session` and `GET /integrations`, and Nango's error
// envelope: their one definition. Hand-written, not zod, because the widget's first screen reads
// them (zod would cost it ~13 KB brotli). Objects are loose (a newer server may add fields; they
// are kept, `__proto__` never); a wrong-typed optional key becomes undefined rather than failing
// the whole answer; a required key missing or wrong fails its object.

type Fields = Record<string, unknown>;
/** What a reader returns for a value it cannot accept. */
const invalid = Symbol('invalid');
type Read = (value: unknown) => unknown;

const text: Read = (value) => (typeof value === 'string' ? value : undefined);
const flag: Read = (value) => (typeof value === 'boolean' ? value : undefined);
const key: Read = (value) => (typeof value === 'string' && value ? value : invalid);
const anything: Read = (value) => value;

/** Every item read by `read`, or `fail` when one is not accepted. */
function listOf(read: Read, fail: unknown = undefined): Read {
  return (value) => {
    if (!Array.isArray(value)) return fail;
    const items: unknown[] = [];
    for (const item of value) {
      const parsed = read(item);
      if (parsed === invalid || parsed === undefined) return fail;
      items.push(parsed);
    }
    return items;
  };
}

/** A map of entries read by `read`; one wrong entry loses the whole map (undefined). */
function mapOf(read: Read): Read {
  return (value) => {
    if (!isObject(value)) return undefined;
    const map: Fields = {};
    for (const name of Object.keys(value)) {
      if (name === '__proto__') continue;
      const parsed = read(value[name]);
      if (parsed === invalid || (parsed === undefined && value[name] !== undefined)) return undefined;
      map[name] = parsed;
    }
    return map;
  };
}

/**
 * A loose object: each declared key its reader's value (only when present, or when the reader
 * supplies a default), then every other own key as sent. `invalid` when not an object or when a
 * reader rejects (a required key).
 */
function loose(fields: Record<string, Read>): (value: unknown) => Fields | typeof invalid {
  return (value) => {
    if (!isObject(value)) return invalid;
    const object: Fields = {};
    for (const name of Object.keys(fields)) {
      const parsed = (fields[name] as Read)(Object.hasOwn(value, name) ? value[name] : undefined);
      if (parsed === invalid) return invalid;
      if (parsed !== undefined || Object.hasOwn(value, name)) object[name] = parsed;
    }
    for (const name of Object.keys(value)) if (!Object.hasOwn(fields, name) && name !== '__proto__') object[name] = value[name];
    return object;
  };
}

/** A loose object as an optional key: undefined when it is not one. */
const optionalObject = (fields: Record<string, Read>): Read => {
  const read = loose(fields);
  return (value) => {
    const parsed = read(value);
    return parsed === invalid ? undefined : parsed;
  };
};

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
