import { z } from '../../protocol/zod';
import { endpointUrl } from '../api/api-client';
import { interpretResponse } from '../api/interpret-response';
import { failed } from '../api/result';
import { oauthFailure } from './oauth-failure';
import { socketResultSchema } from './socket-messages';
import { resultFromSocket, type OAuthResult } from './socket-result';

// Redirect mode needs two routes only Plugboard's API has (a Nango server answers 404 to both):
//   GET /oauth/redirect          → { data: { returnTo: true } }   the capability
//   GET /oauth/redirect/:flowId  → { data: <the WebSocket message the flow would have sent> }
// A Nango server has no way to hand back a connection id without the WebSocket,
// so against Nango the widget stays with the popup.

export interface RedirectApiOptions {
  apiURL: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
}

const capability = z.object({ data: z.looseObject({ returnTo: z.literal(true) }) });
const flowResult = z.object({ data: socketResultSchema });

async function getJson(url: string, { fetch, signal }: RedirectApiOptions): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  return { status: response.status, text: await response.text() };
}

/** Whether the API can send the page back after an OAuth redirect. Any failure means no. */
export async function probeRedirectSupport(options: RedirectApiOptions): Promise<boolean> {
  try {
    const { status, text } = await getJson(endpointUrl(options.apiURL, '/oauth/redirect'), options);
    return interpretResponse(status, text, capability).ok;
  } catch {
    return false;
  }
}

/** The outcome of a flow the page came back from; the API hands it out once. */
export async function fetchRedirectResult(options: RedirectApiOptions, flowId: string, providerConfigKey: string): Promise<OAuthResult> {
  const url = endpointUrl(options.apiURL, `/oauth/redirect/${encodeURIComponent(flowId)}`);
  try {
    const { status, text } = await getJson(url, options);
    // Unknown: the user came back without finishing (Back button), or the result was already taken.
    if (status === 404) return failed(oauthFailure('window_closed', 'oauth_flow_not_finished', ''));
    const result = interpretResponse(status, text, flowResult);
    return result.ok ? resultFromSocket(result.value.data, providerConfigKey) : result;
  } catch (error) {
    return failed(oauthFailure('network_error', null, '', error instanceof Error ? error.message : null));
  }
}
