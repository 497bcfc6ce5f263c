import { isObject } from '../protocol/settings';
import { flag, invalid, key, listOf, loose, mapOf, text, type Read } from './readers';
import type { ConnectionResponse, Provider } from './types';

// `GET /providers/:provider` and a direct auth route's success, hand-written like the first load's
// answers: they are what a form and its submit read, and the widget's lazy half then carries no
// zod (it would cost that half ~13 KB brotli and the time to build its schemas on the way to a
// single integration's form). They accept exactly what `providerSchema` and `connectionResponse`
// (connect.ts) accept; a test holds both to the same answers.

// Provider field definitions come from a catalogue we do not control: every key is optional and a
// key of the wrong type is dropped rather than failing the whole provider.
const scalar: Read = (value) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined);
// The yaml writes booleans; Nango's types say string. Accept both spellings.
const flagOrText: Read = (value) => (value === 'true' || value === 'false' ? value : flag(value));
const number: Read = (value) => (typeof value === 'number' ? value : undefined);

const readField = loose({
  title: text,
  description: text,
  example: scalar,
  pattern: text,
  format: text,
  optional: flagOrText,
  default_value: scalar,
  hidden: flagOrText,
  automated: flagOrText,
  secret: flagOrText,
  prefix: text,
  suffix: text,
  doc_section: text,
  enum: listOf((value) => (typeof value === 'string' || typeof value === 'number' ? value : undefined)),
  order: number,
});

/** A map of field definitions; an entry that is not an object at all becomes `null`. */
const fields = mapOf((value) => {
  const field = readField(value);
  return field === invalid ? null : field;
});

const readProvider = loose({
  name: text,
  display_name: text,
  // Any string: an auth mode we do not know must reach the UI as "not supported", not as a parse error.
  auth_mode: (value) => (typeof value === 'string' ? value : ''),
  docs_connect: text,
  logo_url: text,
  credentials: fields,
  connection_config: fields,
  assertion_option: fields,
  integration_config: fields,
  installation: text,
  require_client_certificate: flag,
  token_request_auth_method: text,
});

/** `GET /providers/:provider` → `data`; null when it is not an object. */
export function parseProvider(value: unknown): Provider | null {
  const provider = readProvider(value);
  return provider === invalid ? null : (provider as Provider);
}

/** The body of `GET /providers/:provider`: `{ data: provider }`. */
export function parseProviderResponse(body: unknown): Provider | null {
  return isObject(body) ? parseProvider(body.data) : null;
}

const readConnection = loose({ connectionId: key, providerConfigKey: key, isPending: flag });

/** What every direct auth route (`/api-auth/*`, `/auth/*`, `/oauth2/auth`) answers on success. */
export function parseConnectionResponse(body: unknown): ConnectionResponse | null {
  const connection = readConnection(body);
  return connection === invalid ? null : (connection as ConnectionResponse);
}
