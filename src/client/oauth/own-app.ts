import { z } from '../../contract/zod';
import { endpointUrl } from '../early-get';
import type { ApiFailure } from '../failure';
import { apiFailure } from '../http';
import { interpretResponse } from '../interpret-response';
import type { OAuthRequest } from './connect-url';
import { oauthFailure } from './oauth-failure';

// "Bring your own OAuth app". Nango's SDK puts the end user's client secret in the popup URL
// (`credentials[oauth_client_secret_override]`), where browser history, proxies and the provider's
// Referer see it. The widget instead POSTs the app (same field names, JSON body, session token in
// the Authorization header) to `/oauth/connect/:key/credentials`, bound to the popup's WebSocket
// client id, before the popup goes to `/oauth/connect/:key`. Only the client id stays in the URL.
// A Nango server has no such route and answers 404: the widget reports it rather than leak.

/** Credentials that never go in a URL. */
export const secretOverrideKeys = ['oauth_client_secret_override', 'oauth_refresh_token_override'];

export function hasSecretOverride(request: OAuthRequest): boolean {
  return secretOverrideKeys.some((key) => (request.credentials[key] ?? '') !== '');
}

export interface OwnAppInput {
  apiURL: string;
  sessionToken: string;
  request: OAuthRequest;
  wsClientId: string;
  fetch: typeof fetch;
}

const noContent = z.unknown();

/** Sends the own app's credentials; `null` once the API holds them for this popup. */
export async function sendOwnApp({ apiURL, sessionToken, request, wsClientId, fetch }: OwnAppInput): Promise<ApiFailure | null> {
  const body: Record<string, string> = { ws_client_id: wsClientId };
  for (const key of ['oauth_client_id_override', ...secretOverrideKeys]) {
    const value = request.credentials[key];
    if (value) body[key] = value;
  }
  let response: Response;
  try {
    response = await fetch(endpointUrl(apiURL, `/oauth/connect/${encodeURIComponent(request.providerConfigKey)}/credentials`), {
      method: 'POST',
      headers: { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (err) {
    return oauthFailure('network_error', 'own_app_unsent', '', err instanceof Error ? err.message : null);
  }
  if (response.status === 204) return null;
  const text = await response.text().catch(() => '');
  if (response.status === 404 && !text.includes('"error"')) {
    return apiFailure(404, 'own_app_unsupported', 'This server cannot take your own OAuth app without putting its secret in a URL.', null);
  }
  const result = interpretResponse(response.status, text, noContent);
  return result.ok ? null : result.failure;
}
