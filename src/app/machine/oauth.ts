import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { failed } from '../api/result';
import type { PopupWindow } from '../oauth/browser-window';
import { oauthConnectUrl } from '../oauth/connect-url';
import { launchRedirect } from '../oauth/launch-redirect';
import type { OAuthModelDeps, OAuthStart } from './oauth-deps';
import { chooseOAuthMode, type OAuthMode } from './oauth-mode';
import { oauthFailure } from '../oauth/oauth-failure';
import { startAttempt, type Attempt } from '../oauth/oauth-attempt';
import { openPopup } from '../oauth/open-popup';
import { hasSecretOverride, sendOwnApp } from '../oauth/own-app';
import { newFlowId } from '../oauth/pending-flow';
import { popupSizeFor } from '../oauth/popup-size';
import { createRedirectSupport } from './redirect-support';
import type { OAuthResult } from '../oauth/socket-result';
import { socketUrl } from '../oauth/socket-url';

export type { OAuthModelDeps, OAuthStart } from './oauth-deps';

export type OAuthPhase = 'idle' | 'opening' | 'waiting' | 'slow' | 'blocked' | 'closed' | 'done' | 'failed';

export interface OAuthModel {
  phase: ReadonlySignal<OAuthPhase>;
  /** A flow is running: the widget shows the waiting screen. */
  isActive: ReadonlySignal<boolean>;
  isSlow: ReadonlySignal<boolean>;
  /** What "Reopen" does now: a new popup, or sending this tab through the flow. */
  nextStep: ReadonlySignal<OAuthMode>;
  /** Must be called synchronously in the click (or submit) handler. Never rejects. */
  start: (start: OAuthStart) => Promise<OAuthResult>;
  /** From a click: the same flow in a new window (after a block, a close, or a long wait). */
  reopen: () => void;
  cancel: () => void;
  dispose: () => void;
}

interface Flow {
  start: OAuthStart;
  attempt: Attempt | null;
  resolve: (result: OAuthResult) => void;
  stopAbortListener: () => void;
}

const cancelled = (): OAuthResult => failed({ ...oauthFailure('window_closed', 'cancelled', ''), isCancelled: true });
const blocked = () => oauthFailure('blocked_by_browser', 'popup_blocked', '');
const closed = () => oauthFailure('window_closed', 'window_closed', '');
const activePhases: OAuthPhase[] = ['opening', 'waiting', 'slow', 'blocked', 'closed'];

/** The OAuth flow of the widget: popup first, redirect when popups cannot work, never a hang. */
export function createOAuthModel(deps: OAuthModelDeps): OAuthModel {
  const { slowAfterMs = 60_000, now = Date.now } = deps;
  const phase = signal<OAuthPhase>('idle');
  const blockedCount = signal(0);
  const redirectSupport = createRedirectSupport({ apiURL: deps.apiURL, fetch: deps.fetch });
  let flow: Flow | null = null;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;

  const nextStep = computed(() =>
    chooseOAuthMode({
      requested: deps.requestedMode,
      blockedCount: blockedCount.value,
      isInAppBrowser: deps.isInAppBrowser,
      canRedirect: redirectSupport.isSupported.value && deps.storage !== null,
    }),
  );

  function restartSlowTimer() {
    clearTimeout(slowTimer);
    slowTimer = setTimeout(() => {
      if (phase.value === 'opening' || phase.value === 'waiting') phase.value = 'slow';
    }, slowAfterMs);
  }

  function finish(current: Flow, result: OAuthResult) {
    current.stopAbortListener();
    current.resolve(result);
    // A flow replaced by a newer one still resolves, but no longer owns the phase.
    if (flow !== current) return;
    flow = null;
    clearTimeout(slowTimer);
    phase.value = result.ok ? 'done' : result.failure.isCancelled ? 'idle' : 'failed';
  }

  function attemptFor(current: Flow, popup: PopupWindow): Attempt {
    const { request, sessionToken, websocketsPath } = current.start;
    const attempt = startAttempt(popup, {
      window: deps.window,
      WebSocket: deps.WebSocket,
      socketUrl: socketUrl(deps.apiURL, websocketsPath),
      apiOrigin: new URL(deps.apiURL).origin,
      providerConfigKey: request.providerConfigKey,
      connectUrl: (wsClientId) => oauthConnectUrl({ apiURL: deps.apiURL, sessionToken, request, wsClientId, redirect: null }),
      ...(hasSecretOverride(request)
        ? { prepare: async (wsClientId: string) => {
          const failure = await sendOwnApp({ apiURL: deps.apiURL, sessionToken, request, wsClientId, fetch: deps.fetch });
          return failure ? failed(failure) : null;
        } }
        : {}),
      onNavigated: () => {
        if (flow === current && phase.value === 'opening') phase.value = 'waiting';
      },
      onClosed: () => {
        if (flow === current) windowClosed();
      },
      closeGraceMs: deps.closeGraceMs,
      ackTimeoutMs: deps.ackTimeoutMs,
    });
    void attempt.result.then((result) => finish(current, result));
    return attempt;
  }

  /**
   * The host hears of it at once (`window_closed`) unless it turned detection off; the user gets
   * Reopen and Cancel. The flow keeps listening: a severed (not closed) popup may still finish.
   */
  function windowClosed() {
    clearTimeout(slowTimer);
    if (!deps.detectClosedWindow) {
      phase.value = 'slow';
      return;
    }
    phase.value = 'closed';
    deps.reportError(closed());
  }

  function openInPopup(current: Flow) {
    const popup = openPopup(deps.window, popupSizeFor(current.start.request.provider, deps.popupSize));
    if (!popup) {
      blockedCount.value += 1;
      phase.value = 'blocked';
      redirectSupport.check();
      deps.reportError(blocked());
      return;
    }
    restartSlowTimer();
    phase.value = 'opening';
    if (current.attempt) current.attempt.usePopup(popup);
    else current.attempt = attemptFor(current, popup);
  }

  function openInTab(current: Flow) {
    current.attempt?.abort(cancelled());
    current.attempt = null;
    const { request, sessionToken } = current.start;
    const redirectDeps = { ...deps, now, newFlowId: deps.newFlowId ?? (() => newFlowId()) };
    const failure = launchRedirect(redirectDeps, request, sessionToken);
    if (failure) return finish(current, failed(failure));
    // The page is about to unload; should the browser refuse silently, "Still waiting" offers a retry.
    restartSlowTimer();
    phase.value = 'waiting';
  }

  function launch(current: Flow) {
    // Until the host's origin is known there is no page to come back to: stay with the popup.
    if (nextStep.value === 'redirect' && deps.returnUrl() !== null) openInTab(current);
    else openInPopup(current);
  }

  function start(input: OAuthStart): Promise<OAuthResult> {
    cancel();
    return new Promise((resolve) => {
      const current: Flow = { start: input, attempt: null, resolve, stopAbortListener: () => {} };
      flow = current;
      const onAbort = () => cancel();
      if (input.signal?.aborted) return finish(current, cancelled());
      input.signal?.addEventListener('abort', onAbort);
      current.stopAbortListener = () => input.signal?.removeEventListener('abort', onAbort);
      launch(current);
    });
  }

  function cancel() {
    const current = flow;
    if (!current) return;
    if (current.attempt) current.attempt.abort(cancelled());
    else finish(current, cancelled());
  }

  // Only then can the very first click need to know; otherwise the first blocked popup asks.
  if (deps.requestedMode === 'redirect' || deps.isInAppBrowser) redirectSupport.check();

  return {
    phase,
    isActive: computed(() => activePhases.includes(phase.value)),
    isSlow: computed(() => phase.value === 'slow'),
    nextStep,
    start,
    reopen: () => {
      if (flow && activePhases.includes(phase.value)) launch(flow);
    },
    cancel,
    dispose: () => {
      redirectSupport.stop();
      cancel();
      clearTimeout(slowTimer);
    },
  };
}
