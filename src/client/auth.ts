import type { Provider } from '../contract/types';
import type { FieldGroup } from './form';

// Auth routing: which request a submit of the connect form sends, chosen by the provider's auth mode.

/** A direct auth call: the token travels in the query string, not a header. */
export interface AuthRequest {
  path: string;
  query: string;
  body: Record<string, unknown> | null;
}

/** Every `auth_mode` a Nango provider can declare. */
export const authModes = [
  'API_KEY',
  'BASIC',
  'OAUTH2_CC',
  'TBA',
  'JWT',
  'TWO_STEP',
  'BILL',
  'SIGNATURE',
  'AWS_SIGV4',
  'NONE',
  'OAUTH2',
  'OAUTH1',
  'APP',
  'CUSTOM',
  'MCP_OAUTH2',
  'MCP_OAUTH2_GENERIC',
  'INSTALL_PLUGIN',
  'APP_STORE',
] as const;

export type AuthMode = (typeof authModes)[number];

export function isAuthMode(value: string): value is AuthMode {
  return authModes.some((mode) => mode === value);
}

/** The form's values split by where they go on the wire. */
export type GroupedValues = Record<FieldGroup, Record<string, string>>;

/** Keys are `group.name` (e.g. `params.subdomain`); the name itself may contain dots. */
export function groupValues(values: Record<string, string>): GroupedValues {
  const grouped: GroupedValues = { credentials: {}, params: {}, assertion_option: {} };
  for (const [key, value] of Object.entries(values)) {
    const dot = key.indexOf('.');
    const group = key.slice(0, dot);
    if (group === 'credentials' || group === 'params' || group === 'assertion_option') {
      grouped[group][key.slice(dot + 1)] = value;
    }
  }
  return grouped;
}

/**
 * The query string of a direct auth call: the session token, then each connection
 * parameter as `params[key]=value` — every key and value URL-encoded (Nango leaves some raw).
 * Empty values are left out: an untouched optional field must not become an empty setting.
 */
export function authQuery(token: string, params: Record<string, string>): string {
  const parts = [`connect_session_token=${encodeURIComponent(token)}`];
  for (const [key, value] of Object.entries(params)) {
    if (value !== '') parts.push(`params[${encodeURIComponent(key)}]=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}

/** Where a submit goes: a direct POST, the OAuth flow, or nowhere yet. */
export type AuthRoute =
  | { kind: 'direct'; path: string; body: Record<string, unknown> | null }
  | { kind: 'oauth' }
  | { kind: 'unsupported' };

type Credentials = Record<string, string>;
type RouteFor = (values: GroupedValues, provider: Provider) => AuthRoute;

/** Copies the named credentials; a field the user left empty is sent only when the API needs it. */
function pick(credentials: Credentials, required: string[], optional: string[] = []): Credentials {
  const body: Credentials = {};
  for (const name of required) body[name] = credentials[name] ?? '';
  for (const name of optional) if (credentials[name]) body[name] = credentials[name];
  return body;
}

const direct = (path: string, body: (values: GroupedValues) => Record<string, unknown> | null): RouteFor =>
  (values) => ({ kind: 'direct', path, body: body(values) });

const oauth: RouteFor = () => ({ kind: 'oauth' });
const unsupported: RouteFor = () => ({ kind: 'unsupported' });

const hasEntries = (record: Record<string, string>) => Object.keys(record).length > 0;

/**
 * One row per auth mode, chosen by `provider.auth_mode` — never by sniffing credential names
 * (Nango's SDK does, and routes some providers to the wrong endpoint).
 */
export const authRoutes: Record<AuthMode, RouteFor> = {
  API_KEY: direct('/api-auth/api-key', ({ credentials }) => pick(credentials, ['apiKey'])),
  BASIC: direct('/api-auth/basic', ({ credentials }) => pick(credentials, ['username', 'password'])),
  OAUTH2_CC: direct('/oauth2/auth', ({ credentials }) =>
    pick(credentials, ['client_id'], ['client_secret', 'client_certificate', 'client_private_key']),
  ),
  TBA: direct('/auth/tba', ({ credentials }) =>
    pick(credentials, ['token_id', 'token_secret'], ['oauth_client_id_override', 'oauth_client_secret_override']),
  ),
  JWT: direct('/auth/jwt', ({ credentials }) => ({ ...credentials, type: 'JWT' })),
  TWO_STEP: direct('/auth/two-step', ({ credentials, assertion_option }) => ({
    ...credentials,
    type: 'TWO_STEP',
    ...(hasEntries(assertion_option) ? { assertionOption: assertion_option } : {}),
  })),
  BILL: direct('/auth/bill', ({ credentials }) => pick(credentials, ['username', 'password', 'organization_id', 'dev_key'])),
  SIGNATURE: direct('/auth/signature', ({ credentials }) => ({ type: 'SIGNATURE', ...pick(credentials, ['username', 'password']) })),
  AWS_SIGV4: direct('/auth/aws-sigv4', ({ credentials }) => pick(credentials, ['role_arn'], ['region'])),
  NONE: direct('/auth/unauthenticated', () => null),
  // Only an outbound installation (e.g. sentry-oauth) is a direct call; every other OAUTH2 is a popup.
  OAUTH2: (values, provider) =>
    provider.installation === 'outbound' ? { kind: 'direct', path: '/auth/oauth-outbound', body: null } : oauth(values, provider),
  OAUTH1: oauth,
  APP: oauth,
  CUSTOM: oauth,
  MCP_OAUTH2: oauth,
  MCP_OAUTH2_GENERIC: oauth,
  INSTALL_PLUGIN: oauth,
  APP_STORE: unsupported,
};

export interface Submission {
  provider: Provider;
  /** The integration's unique key (`providerConfigKey` on the wire). */
  providerConfigKey: string;
  /** Form values keyed `group.name`. */
  values: Record<string, string>;
  /** AWS_SIGV4 only: the External ID shown to the user, sent as `params[external_id]`. */
  externalId: string | null;
}

export type SubmissionPlan =
  | { kind: 'direct'; request: AuthRequest }
  | { kind: 'oauth'; authMode: AuthMode; values: GroupedValues }
  | { kind: 'unsupported' };

/** Decides, purely, what a submit sends: the request of a direct call, or the OAuth hand-off. */
export function planSubmission(submission: Submission, token: string): SubmissionPlan {
  const authMode = submission.provider.auth_mode;
  if (!isAuthMode(authMode)) return { kind: 'unsupported' };
  const values = groupValues(submission.values);
  if (authMode === 'AWS_SIGV4' && submission.externalId) values.params.external_id = submission.externalId;
  const route = authRoutes[authMode](values, submission.provider);
  if (route.kind !== 'direct') return route.kind === 'oauth' ? { kind: 'oauth', authMode, values } : route;
  const path = `${route.path}/${encodeURIComponent(submission.providerConfigKey)}`;
  return { kind: 'direct', request: { path, query: authQuery(token, values.params), body: route.body } };
}
