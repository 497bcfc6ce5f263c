import { apiError } from '../http/api-error';
import type { Provider } from '../providers/provider';
import type { Json } from '../store/store';

/** What a templated provider URL may be filled with, and who chose each value. */
export interface UrlValues {
  connectionConfig: Record<string, Json>;
  /** Names whose value the connect session set (the customer's backend); the others came from the end user. */
  trustedNames: ReadonlySet<string>;
  /** The integration's pinned hosts (`api.example.com`, `*.example.com`); `null` when none are pinned. */
  allowedHosts: readonly string[] | null;
  /** For messages: the integration's key. */
  integrationKey: string;
}

const placeholder = /\$\{connectionConfig\.([\w-]+)\}/g;
const hostValue = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
// Below two literal labels after the last value (`.zendesk.com`), the value picks the domain itself.
const fixedDomainSuffix = /^\.[a-z0-9-]+\.[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i;

/**
 * Fills `${connectionConfig.name}` in a provider's `authorization_url` or `token_url` so that no
 * value can change the URL's scheme, its host boundaries or its path:
 * - a value placed in the host must be letters, digits, hyphens and dots (no `/ ? # @ :`, spaces,
 *   `%` escapes, backslashes or control characters); one placed in the path or query is
 *   percent-encoded and may not be `.` or `..`;
 * - where the values choose the host's domain (`https://${connectionConfig.hostname}/…`), a value the
 *   end user typed must match the integration's pinned hosts, and without pins it is refused;
 *   values the connect session set, or limited by the field's `enum`, need no pin;
 * - the final URL is parsed again and must have the scheme, host and path depth the template implies.
 * Nango's `a || b` templates use the first alternative whose values are all present.
 */
export function providerUrl(provider: Provider, which: 'authorization_url' | 'token_url', values: UrlValues): string {
  const template = provider[which];
  if (!template) throw apiError(400, 'provider_config_err', `The provider has no ${which.replace('_', ' ')}`);
  const chosen = chooseAlternative(template, values.connectionConfig);
  const scheme = /^(https?):\/\//i.exec(chosen)?.[1]?.toLowerCase();
  if (!scheme) throw apiError(400, 'provider_config_err', `The provider's ${which} must start with https:// or http://`);
  const afterScheme = chosen.slice(scheme.length + 3);
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd);

  const host = authority.replace(placeholder, (_match, name: string) => hostPart(name, values));
  const tail = rest.replace(placeholder, (_match, name: string) => pathPart(name, values));
  if (choosesDomain(authority)) assertHostAllowed(provider, authority, host, values);

  const url = parseUrl(`${scheme}://${host}${tail}`, which);
  const expectedDepth = parseUrl(`${scheme}://${authority.replace(placeholder, 'x')}${rest.replace(placeholder, 'x')}`, which).pathname.split('/').length;
  if (url.protocol !== `${scheme}:` || url.host !== host.toLowerCase() || url.pathname.split('/').length !== expectedDepth) {
    throw apiError(400, 'invalid_query_params', `The connection parameters would change the provider's ${which}.`);
  }
  return url.toString();
}

function chooseAlternative(template: string, config: Record<string, Json>): string {
  const alternatives = template.split(/\s+\|\|\s+/);
  const complete = alternatives.find((candidate) => [...candidate.matchAll(placeholder)].every(([, name = '']) => nonEmptyValue(config, name) !== null));
  return (complete ?? alternatives[alternatives.length - 1] ?? template).trim();
}

function nonEmptyValue(config: Record<string, Json>, name: string): string | null {
  const value = Object.hasOwn(config, name) ? config[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

function requiredValue(name: string, values: UrlValues): string {
  const value = nonEmptyValue(values.connectionConfig, name);
  if (value === null) throw fieldError(name, `The connection parameter "${name}" is required`);
  return value;
}

function hostPart(name: string, values: UrlValues): string {
  const value = requiredValue(name, values);
  if (!hostValue.test(value)) {
    throw fieldError(name, `The connection parameter "${name}" must be a host name: letters, digits, hyphens and dots only (no scheme, port, path or spaces).`);
  }
  return value.toLowerCase();
}

function pathPart(name: string, values: UrlValues): string {
  const value = requiredValue(name, values);
  if (value === '.' || value === '..') throw fieldError(name, `The connection parameter "${name}" cannot be "${value}".`);
  return encodeURIComponent(value);
}

/** True when values, not the template, decide the registrable domain of the host. */
function choosesDomain(authority: string): boolean {
  const parts = authority.split(placeholder);
  if (parts.length === 1) return false;
  return !fixedDomainSuffix.test(parts[parts.length - 1] ?? '');
}

function assertHostAllowed(provider: Provider, authority: string, host: string, values: UrlValues): void {
  const names = [...authority.matchAll(placeholder)].map(([, name = '']) => name);
  const isFixedByOthers = names.every((name) => values.trustedNames.has(name) || hasEnum(provider, name));
  if (values.allowedHosts === null ? isFixedByOthers : isPinned(host, values.allowedHosts)) return;
  const field = names.find((name) => !values.trustedNames.has(name)) ?? names[0] ?? 'host';
  const rule = values.allowedHosts === null
    ? 'it pins no hosts, so the end user cannot choose one'
    : `it allows only ${values.allowedHosts.join(', ')}`;
  throw fieldError(field, `The integration "${values.integrationKey}" does not allow connections to ${host.toLowerCase()}: ${rule}.`);
}

function hasEnum(provider: Provider, name: string): boolean {
  const fields = provider.connection_config;
  return fields !== undefined && Object.hasOwn(fields, name) && (fields[name]?.enum?.length ?? 0) > 0;
}

/** `api.example.com` matches itself; `*.example.com` matches any host below example.com. */
export function isPinned(host: string, allowedHosts: readonly string[]): boolean {
  const lower = host.toLowerCase();
  return allowedHosts.some((entry) => {
    const pattern = entry.toLowerCase();
    return pattern.startsWith('*.') ? lower.endsWith(pattern.slice(1)) && lower.length > pattern.length - 1 : lower === pattern;
  });
}

/** A pinned-host entry: a host name, or `*.` and a host name. */
export const allowedHostPattern = /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function parseUrl(text: string, which: string): URL {
  try {
    return new URL(text);
  } catch {
    throw apiError(400, 'invalid_query_params', `The connection parameters do not make a valid ${which}.`);
  }
}

function fieldError(name: string, message: string) {
  return apiError(400, 'invalid_query_params', `params.${name}: ${message}`, [{ code: 'custom', message, path: ['params', name] }]);
}
