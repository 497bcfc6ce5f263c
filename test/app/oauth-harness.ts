import { vi } from 'vitest';
import type { ApiFailure } from '../../src/app/api/api-failure';
import { createOAuthModel, type OAuthModel, type OAuthModelDeps, type OAuthStart } from '../../src/app/machine/oauth';
import type { FlowStorage } from '../../src/app/oauth/pending-flow';
import type { OAuthResult } from '../../src/app/oauth/socket-result';
import { fakeBrowser, ScriptedSocket } from './oauth-doubles';

// The OAuth model wired to test doubles, and the API's messages in Nango's shapes. Tests only.

export const apiURL = 'http://127.0.0.1:3003';
export const ack = { message_type: 'connection_ack', ws_client_id: 'ws-1' };
export const success = { message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: 'conn-1', is_pending: false };
export const denied = { message_type: 'error', provider_config_key: 'demo-oauth2', error_type: 'callback_err', error_desc: 'The user denied access' };
export const callbackError = { type: 'nango_oauth_callback_error', payload: { message: '{"error":"access_denied","error_description":"The user denied access"}', errorType: 'connection_validation_failed' } };

export function memoryStorage(): FlowStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

export function setup(overrides: Partial<OAuthModelDeps> = {}, { supportsRedirect = false } = {}) {
  const browser = fakeBrowser();
  const reported: ApiFailure[] = [];
  const storage = memoryStorage();
  // The capability probe: Plugboard's API says yes, a Nango server answers 404.
  const fetch = vi.fn<typeof globalThis.fetch>(async () =>
    supportsRedirect ? new Response('{"data":{"returnTo":true}}') : new Response('{"error":{"code":"not_found"}}', { status: 404 }),
  );
  const model = createOAuthModel({
    window: browser.window,
    WebSocket: ScriptedSocket,
    fetch,
    storage,
    apiURL,
    requestedMode: 'popup',
    popupSize: null,
    detectClosedWindow: true,
    isInAppBrowser: false,
    returnUrl: () => 'http://localhost:5000/host.html?x=1',
    reportError: (failure) => void reported.push(failure),
    newFlowId: () => 'f'.repeat(32),
    ...overrides,
  });
  return { model, browser, reported, storage, fetch };
}

export const input = (overrides: Partial<OAuthStart> = {}): OAuthStart => ({
  request: { providerConfigKey: 'demo-oauth2', provider: 'test-oauth2', params: { subdomain: 'acme' }, authorizationParams: {}, credentials: {} },
  sessionToken: 'tok',
  websocketsPath: undefined,
  ...overrides,
});

/** Starts a flow and records its result when it comes. */
export function run(model: OAuthModel, start = input()) {
  const outcome: { result: OAuthResult | null } = { result: null };
  void model.start(start).then((result) => (outcome.result = result));
  return outcome;
}


/** Lets the capability probe's response (a real `Response`, read through a stream) arrive. */
export async function settleProbe(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await vi.advanceTimersByTimeAsync(0);
}
