import type { Provider } from '../api/api-schemas';
import type { AuthMode } from './auth-mode';
import type { GroupedValues } from './form-values';

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
