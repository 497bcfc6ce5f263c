import { AuthError, authErrorMessages, usesAuthWindow, type AuthOptions, type AuthSuccess } from '../protocol/nango-auth';
import { createConnectClient, type ConnectClientOptions } from './connect-client';
import { ConnectError } from './failure';

// What `Nango.auth()` of the SDK's ES module runs, loaded on its first call: Nango's `auth()`
// options mapped onto this client's `connect` / `authorize`, and its failures onto Nango's
// `AuthError` (the API's code as `type`, as Nango's SDK reports it).

export interface NangoAuthRequest {
  apiURL: string;
  sessionToken: string;
  providerConfigKey: string;
  connectionId?: string;
  options: AuthOptions;
  /**
   * OAuth: the blank window the caller opened within the user's click (null: a blocker refused
   * it); left out, one is opened here, which only works while the click's activation lasts.
   */
  popup?: Window | null;
  /** For tests: the client's fetch, window and WebSocket. */
  client?: Pick<ConnectClientOptions, 'fetch' | 'window' | 'WebSocket'>;
}

/** Form values keyed `group.name`, as `connect` takes them. Only strings travel: the form has no other kind. */
export function connectValues(options: AuthOptions): Record<string, string> {
  const values: Record<string, string> = {};
  const add = (group: string, record: Record<string, unknown> | undefined) => {
    for (const [name, value] of Object.entries(record ?? {})) if (typeof value === 'string') values[`${group}.${name}`] = value;
  };
  // `type` names the auth mode, which the client reads from the integration instead.
  const { type: _mode, ...credentials }: Record<string, unknown> = options.credentials ?? {};
  add('credentials', credentials);
  add('params', options.params);
  add('assertion_option', options.assertionOption);
  return values;
}

const strings = (record: Record<string, unknown> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(record ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

// The client's own codes (it checks before asking the API) under the `type` Nango's SDK gives the
// same mistake: Nango has `missing_credentials` for an empty field, and its API answers
// `invalid_auth_mode` for credentials sent to an OAuth integration.
const nangoTypeByClientCode: Record<string, string> = {
  invalid_field_required: 'missing_credentials',
  oauth_auth_mode: 'invalid_auth_mode',
  unsupported_auth_mode: 'invalid_auth_mode',
};

// The client reads the session's integrations with the token in an Authorization header, where an
// API reads a token that is not a session token as a (bad) secret key. Nango's SDK sends it in the
// query of the auth call, where the same token is a malformed session token.
const notASessionToken = new Set(['unknown_account', 'invalid_secret_key_format', 'malformed_auth_header', 'missing_auth_header']);

/** What `toAuthError` needs to know of the call. */
export interface AuthContext {
  providerConfigKey: string;
  /** The session's `allowed_integrations`; null when it allows every integration or could not be read. */
  allowedIntegrations: string[] | null;
}

/**
 * A failure as Nango's SDK reports it: the API's error code and message; in-browser failures with
 * Nango's own words. Never a credential: messages come from the API or the client's field checks.
 */
export function toAuthError(error: unknown, context: AuthContext): AuthError {
  if (!(error instanceof ConnectError)) return new AuthError(error instanceof Error ? error.message : String(error), 'unknown_error');
  const code = error.code ?? error.type;
  if (code === 'popup_blocked') return new AuthError(authErrorMessages.blocked_by_browser, 'blocked_by_browser');
  if (code === 'window_closed') return new AuthError(authErrorMessages.window_closed, 'window_closed');
  if (notASessionToken.has(code)) return new AuthError('The connect session token is malformed: it should look like nango_connect_session_…', 'invalid_connect_session_token_format');
  if (code === 'unknown_integration') {
    // The session lists only what it allows: the API would say which of the two it is.
    const isListed = context.allowedIntegrations?.includes(context.providerConfigKey) ?? true;
    return new AuthError(error.message, context.allowedIntegrations && !isListed ? 'integration_not_allowed' : 'unknown_provider_config');
  }
  const type = Object.hasOwn(nangoTypeByClientCode, code) ? nangoTypeByClientCode[code] ?? code : code;
  // ConnectError falls back to its type when the API sent no message; Nango's SDK passes on none.
  return new AuthError(error.code !== null && error.message === error.type ? '' : error.message, type);
}

/** Runs `auth()`: credentials are posted (`connect`), anything else goes through the OAuth window (`authorize`). */
export async function nangoAuth(request: NangoAuthRequest): Promise<AuthSuccess> {
  const { providerConfigKey, connectionId, options, popup } = request;
  const client = createConnectClient({ apiURL: request.apiURL, sessionToken: request.sessionToken, ...request.client });
  const ids = connectionId === undefined ? {} : { connectionId };
  try {
    if (!usesAuthWindow(options)) return await client.connect(providerConfigKey, connectValues(options), ids);
    if (popup === null) throw new AuthError(authErrorMessages.blocked_by_browser, 'blocked_by_browser');
    const { oauth_client_id_override, oauth_client_secret_override, oauth_refresh_token_override } = strings(options.credentials);
    const credentials = strings({ oauth_client_id_override, oauth_client_secret_override, oauth_refresh_token_override });
    return await client.authorize(providerConfigKey, {
      mode: 'popup',
      ...ids,
      ...(popup ? { popup } : {}),
      params: strings(options.params),
      credentials,
      authorizationParams: strings(options.authorization_params),
      detectClosedAuthWindow: options.detectClosedAuthWindow === true,
    });
  } catch (error) {
    if (error instanceof AuthError) throw error;
    const isUnknown = error instanceof ConnectError && error.code === 'unknown_integration';
    const allowedIntegrations = isUnknown ? await client.session().then((session) => session.allowed_integrations ?? null, () => null) : null;
    throw toAuthError(error, { providerConfigKey, allowedIntegrations });
  }
}
