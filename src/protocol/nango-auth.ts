// The public shape of `Nango.auth()` as `@nangohq/frontend` declares it, so code written for
// Nango's SDK type-checks against Plugboard's. Shared by the SDK (which throws `AuthError` before
// anything loads) and the lazily loaded headless half that runs the flow.

/**
 * `type` of an `AuthError`. Nango's SDK puts the API's own error code here when the API refused
 * (e.g. `unknown_provider_config`, `connection_test_failed`, `callback_err`), so any string may come.
 */
export type AuthErrorType =
  | 'missing_auth_token'
  | 'blocked_by_browser'
  | 'invalid_host_url'
  | 'missing_credentials'
  | 'window_closed'
  | 'connection_test_failed'
  | 'missing_connect_session_token'
  | 'connection_validation_failed'
  | 'resource_capped'
  | 'unknown_error'
  | (string & {});

/** What `auth()` rejects with: an `Error` with the failure's `type`, as Nango's SDK rejects. */
export class AuthError extends Error {
  // `declare`d and set in the constructor, as in the SDK's classes (no define-property helper).
  declare type: AuthErrorType;

  constructor(message: string, type: AuthErrorType) {
    super(message);
    this.type = type;
  }
}

/** The messages Nango's SDK uses where the failure happens in the browser, not at the API. */
export const authErrorMessages = {
  missing_auth_token: 'You must specify a public key OR a connect session token (cf. documentation).',
  blocked_by_browser: 'Modal blocked by browser',
  window_closed: 'The authorization window was closed before the authorization flow was completed',
} as const;

/** What `auth()` resolves with. `isPending` comes with OAuth results (an install awaiting approval). */
export interface AuthSuccess {
  providerConfigKey: string;
  connectionId: string;
  isPending?: boolean;
}

/** The credentials a non-OAuth integration takes, by auth mode; OAuth takes only the client overrides. */
export type AuthCredentials =
  | { apiKey?: string }
  | { username?: string; password?: string }
  | { token_id: string; token_secret: string; oauth_client_id_override?: string; oauth_client_secret_override?: string }
  | { client_id: string; client_secret?: string; client_certificate?: string; client_private_key?: string }
  | { type: 'SIGNATURE'; username: string; password: string }
  | { type: 'AWS_SIGV4'; role_arn: string; region?: string }
  | { username: string; password: string; organization_id: string; dev_key: string }
  | { oauth_client_id_override: string; oauth_client_secret_override: string; oauth_refresh_token_override?: string }
  | { type?: 'JWT' | 'TWO_STEP'; [name: string]: unknown };

export interface ConnectionConfig {
  /** Connection parameters (the integration's `connection_config`), e.g. `{ subdomain: 'acme' }`. */
  params?: Record<string, string>;
  /** Public-key mode only; a connect session needs none. */
  hmac?: string;
  user_scope?: string[];
  /** Extra query parameters of the provider's authorization URL (OAuth). */
  authorization_params?: Record<string, string | undefined>;
  installation?: 'outbound';
  /** TWO_STEP's assertion options. */
  assertionOption?: Record<string, string>;
  credentials?: AuthCredentials;
}

export type AuthOptions = ConnectionConfig & {
  /** Reject with `window_closed` when the user closes the OAuth window. Default: keep waiting. */
  detectClosedAuthWindow?: boolean;
};

/**
 * Whether `auth()` runs the OAuth flow in a window rather than posting credentials, decided as
 * Nango's SDK decides it (from the options, before anything is fetched, so the window can open
 * within the user's click): credentials post directly, except a pair of OAuth client overrides
 * without TBA tokens, which travels with the OAuth flow; an outbound installation posts too.
 */
export function usesAuthWindow(options: AuthOptions): boolean {
  if (options.installation === 'outbound') return false;
  const credentials: Record<string, unknown> = options.credentials ?? {};
  if (Object.keys(credentials).length === 0) return true;
  const isTba = 'token_id' in credentials && 'token_secret' in credentials;
  return !isTba && 'oauth_client_id_override' in credentials && 'oauth_client_secret_override' in credentials;
}
