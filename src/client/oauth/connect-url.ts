// The URL the OAuth window is sent to, for the request an OAuth flow asks for.

import type { OAuthRequest } from './oauth-request';

// The request itself is a module of its own: the widget builds it at submit, before its OAuth
// code (which sends it) has loaded.
export { oauthRequestFrom, type OAuthFormValues, type OAuthRequest } from './oauth-request';

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
