// What an OAuth flow asks for, and the URL the OAuth window is sent to.

/** What the submit table hands to the OAuth flow for one OAuth-family integration. */
export interface OAuthRequest {
  /** The integration's unique key (`providerConfigKey`). */
  providerConfigKey: string;
  /** The provider's key in the catalogue: chooses the window size. */
  provider: string;
  /** Connection config from the form (`params[…]`); strings only, as Nango's server keeps. */
  params: Record<string, string>;
  /** Extra `authorization_params[…]`; the session's defaults replace them server-side. */
  authorizationParams: Record<string, string>;
  /** End-user OAuth app overrides: `oauth_client_id_override`, `…_secret_override`, `…_refresh_token_override`. */
  credentials: Record<string, string>;
  /** Sent as `connection_id` (the headless client's option); an API refuses it with a session token. */
  connectionId?: string;
}

export interface OAuthFormValues {
  params: Record<string, string>;
  credentials: Record<string, string>;
}

/**
 * The form's values as an OAuth request. The widget never collects `authorization_params`: the
 * session's defaults supply them server-side. Whether this is a reconnect is the
 * submit flow's business: it adds `isReconnect` to the `connect` event.
 */
export function oauthRequestFrom(providerConfigKey: string, provider: string, values: OAuthFormValues): OAuthRequest {
  return { providerConfigKey, provider, params: values.params, credentials: values.credentials, authorizationParams: {} };
}

export interface ConnectUrlInput {
  apiURL: string;
  sessionToken: string;
  request: OAuthRequest;
  /** From the WebSocket's `connection_ack`; absent in redirect mode, which has no socket. */
  wsClientId: string | null;
  /** Redirect mode (Plugboard's server only): where the callback sends the page back, and the flow's id. */
  redirect: { returnTo: string; flowId: string } | null;
}

// Of the credentials Nango reads from the popup query, only the client id: secrets never go in a
// URL (they are sent beforehand, see `own-app.ts`).
const credentialKeys = ['oauth_client_id_override'];

const pair = (key: string, value: string) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
const nested = (name: string, key: string, value: string) => `${name}[${encodeURIComponent(key)}]=${encodeURIComponent(value)}`;

/**
 * The popup's query string: Nango's order, but every key and value URL-encoded
 * (Nango leaves `authorization_params` raw, so a `&` in a value splits it).
 */
export function oauthQuery({ sessionToken, request, wsClientId, redirect }: Omit<ConnectUrlInput, 'apiURL'>): string {
  const parts = [pair('connect_session_token', sessionToken)];
  for (const [key, value] of Object.entries(request.params)) parts.push(nested('params', key, value));
  for (const key of credentialKeys) {
    const value = request.credentials[key];
    if (value) parts.push(nested('credentials', key, value));
  }
  for (const [key, value] of Object.entries(request.authorizationParams)) parts.push(nested('authorization_params', key, value));
  if (request.connectionId !== undefined) parts.push(pair('connection_id', request.connectionId));
  if (wsClientId) parts.push(pair('ws_client_id', wsClientId));
  if (redirect) parts.push(pair('return_to', redirect.returnTo), pair('plugboard_flow', redirect.flowId));
  return parts.join('&');
}

/** `<apiURL>/oauth/connect/<key>?…`, keeping `apiURL`'s path prefix. */
export function oauthConnectUrl(input: ConnectUrlInput): string {
  const url = new URL(input.apiURL);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/oauth/connect/${encodeURIComponent(input.request.providerConfigKey)}`;
  url.hash = '';
  url.search = oauthQuery(input);
  return url.toString();
}
