import { effect, signal } from '@preact/signals';
import { vi } from 'vitest';
import type { ApiClient } from '../../src/client/http';
import type { Provider, Session } from '../../src/contract/connect';
import { success as ok } from '../../src/client/failure';
import { parseWidgetConfig } from '../../src/app/boot/widget-config';
import type { OAuthDeps } from '../../src/app/machine/oauth-calls';
import { createWidgetModel } from '../../src/app/machine/machine';
import type { Screen } from '../../src/app/machine/screen';
import type { FlowStorage } from '../../src/client/oauth/pending-flow';
import type { ConnectionResult, WidgetMessage } from '../../src/protocol/messages';
import { integration } from './fixtures';
import { fakeBrowser, ScriptedSocket } from './oauth-doubles';

// The widget's machine on the form of one OAuth integration, with a fake browser (windows,
// messages) and a scripted WebSocket; the API's messages in Nango's shapes. Tests only.

export const apiURL = 'http://127.0.0.1:3003';
export const ack = { message_type: 'connection_ack', ws_client_id: 'ws-1' };
export const success = { message_type: 'success', provider_config_key: 'demo-oauth2', connection_id: 'conn-1', is_pending: false };
export const denied = { message_type: 'error', provider_config_key: 'demo-oauth2', error_type: 'callback_err', error_desc: 'The user denied access' };
export const callbackError = { type: 'nango_oauth_callback_error', payload: { message: '{"error":"access_denied","error_description":"The user denied access"}', errorType: 'connection_validation_failed' } };

export function memoryStorage(): FlowStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const subdomainProvider: Provider = { auth_mode: 'OAUTH2', name: 'test-oauth2', connection_config: { subdomain: { type: 'string', title: 'Subdomain', optional: true } } };

/** What a sign-in came to, read off the machine: null while it runs. */
export type Outcome = { ok: true; value: ConnectionResult } | { ok: false; failure: { isCancelled?: boolean; errorType?: string; code?: string | null; message?: string } } | null;

export interface SetupOptions {
  supportsRedirect?: boolean;
  /** The session's `websocketsPath`. */
  websocketsPath?: string;
  /** What the user typed in the form. */
  values?: Record<string, string>;
  provider?: Provider;
  /** More options of the widget's URL (e.g. `&resume=true`). */
  query?: string;
  /** How many loads of the OAuth chunk fail first (offline, a deploy replaced it). */
  oauthChunkFailures?: number;
}

/**
 * The machine, loaded and on the form of `demo-oauth2` (its `subdomain` typed as `acme`).
 * `reported`: the errors the host heard while the sign-in went on (a blocked or closed popup).
 */
export async function setup(overrides: Partial<OAuthDeps> = {}, { supportsRedirect = false, websocketsPath, values = { 'params.subdomain': 'acme' }, provider = subdomainProvider, query = '', oauthChunkFailures = 0 }: SetupOptions = {}) {
  // The lazy half, loaded for real before the fake clock runs (a module load is no timer).
  const connect = await import('../../src/app/connect');
  const oauthChunk = await import('../../src/app/oauth');
  const browser = fakeBrowser();
  const storage = memoryStorage();
  // The capability probe: Plugboard's API says yes, a Nango server answers 404.
  const fetch = vi.fn<typeof globalThis.fetch>(async () =>
    supportsRedirect ? new Response('{"data":{"returnTo":true}}') : new Response('{"error":{"code":"not_found"}}', { status: 404 }),
  );
  const session: Session = { connectUISettings: null, ...(websocketsPath ? { websocketsPath } : {}) } as Session;
  const api: ApiClient = {
    getSession: async () => ok(session),
    listIntegrations: async () => ok([integration('demo-oauth2', 'test-oauth2', 'Demo')]),
    getProvider: async () => ok(provider),
    postAuth: async () => {
      throw new Error('an OAuth integration posts nothing');
    },
  };
  const config = parseWidgetConfig(`?apiURL=${encodeURIComponent(apiURL)}&telemetry=false${query}`, false);
  const events: WidgetMessage[] = [];
  const reported: { errorType: string; code: string | null; message: string }[] = [];
  const token = signal<string | null>(null);
  const model = createWidgetModel({
    config,
    api,
    token,
    emit: (message) => {
      events.push(message);
      const { name } = model.screen.value;
      if (message.type === 'error' && (name === 'oauth' || name === 'submitting')) {
        reported.push({ errorType: message.payload.errorType, code: message.payload.errorCode ?? null, message: message.payload.errorMessage });
      }
    },
    applySettings: () => {},
    loadConnect: async () => connect,
    loadOAuth: async () => {
      if (oauthChunkFailures-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
      return oauthChunk;
    },
    newExternalId: () => 'x',
    oauth: {
      window,
      hostOrigin: () => 'http://localhost:5000',
      overrides: {
        window: browser.window,
        WebSocket: ScriptedSocket,
        fetch,
        storage,
        apiURL,
        returnUrl: () => 'http://localhost:5000/host.html?x=1',
        isInAppBrowser: false,
        requestedMode: 'popup',
        detectClosedWindow: true,
        newFlowId: () => 'f'.repeat(32),
        ...overrides,
      },
    },
  });
  // Every screen the machine showed, so a sign-in that ended back on the form reads as cancelled.
  const screens: Screen[] = [];
  effect(() => void screens.push(model.screen.value));
  model.start();
  model.receiveToken('tok');
  // Until the form shows, or (a resumed flow) the screen it led to.
  const isSettled = () => !['awaitingToken', 'loading', 'openingForm'].includes(model.screen.value.name);
  for (let round = 0; round < 50 && !isSettled(); round += 1) await vi.advanceTimersByTimeAsync(0);
  // The OAuth chunk the form fetches is there before the test clicks, as when the user reads the form
  // (the sign-in's view is made with it).
  for (let round = 0; round < 50 && model.screen.value.name === 'form' && !model.oauth.value; round += 1) await vi.advanceTimersByTimeAsync(0);
  const screen = model.screen.value;
  if (screen.name === 'form') {
    const form = model.formFor(screen.target.integration);
    for (const [key, value] of Object.entries(values)) form?.setValue(key, value);
  }

  const outcome = (): Outcome => {
    const current = model.screen.value;
    if (current.name === 'success') return { ok: true, value: current.result };
    if (current.name === 'failure') return { ok: false, failure: current.failure };
    if (current.name === 'expired') {
      // The screen says only that the session expired; the host's event carries the rest.
      const last = events.filter((event) => event.type === 'error').at(-1);
      return last?.type === 'error' ? { ok: false, failure: { errorType: last.payload.errorType, code: last.payload.errorCode ?? null, message: last.payload.errorMessage } } : null;
    }
    const hasRun = screens.some((seen) => seen.name === 'submitting' || seen.name === 'oauth');
    return current.name === 'form' && hasRun ? { ok: false, failure: { isCancelled: true } } : null;
  };
  /** Where the sign-in stands: the `oauth` screen's phase, `idle` on the form, else how it ended. */
  const phase = () => {
    const current = model.screen.value;
    if (current.name === 'oauth') return current.phase;
    return current.name === 'success' ? 'done' : current.name === 'form' || current.name === 'submitting' ? 'idle' : 'failed';
  };
  /** The sign-in as the waiting screen sees it, and the user's clicks on it. */
  const flow = {
    machine: model,
    phase: { get value() { return phase(); } },
    isSlow: { get value() { return model.oauth.value?.isSlow.value ?? false; } },
    nextStep: { get value() { return model.oauth.value?.nextStep.value; } },
    reopen: () => model.dispatch({ type: 'reopen' }),
    cancel: () => model.dispatch({ type: 'cancel' }),
    outcome,
  };
  return { model: flow, browser, reported, storage, fetch, events };
}

/** The user clicks Connect; `result` tells how the sign-in went (null while it runs). */
export function run(flow: { machine: { submit: () => void }; outcome: () => Outcome }) {
  flow.machine.submit();
  return { get result() { return flow.outcome(); } };
}

/** Lets the capability probe's response (a real `Response`, read through a stream) arrive. */
export async function settleProbe(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await vi.advanceTimersByTimeAsync(0);
}
