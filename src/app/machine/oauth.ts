import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { ApiFailure } from '../../client/failure';
import { failed } from '../../client/failure';
import type { Attempt } from '../../client/oauth/attempt';
import { oauthFailure } from '../../client/oauth/oauth-failure';
import type { OAuthResult } from '../../client/oauth/socket';
import type { OAuthCalls, OAuthDeps, OAuthStart } from './oauth-calls';
import type { MachineEvent } from './transition';

export type OAuthMode = 'popup' | 'redirect';

export interface OAuthModeInput {
  /** The host's `oauthMode`. */
  requested: OAuthMode;
  /** How often the popup was blocked in this widget so far. */
  blockedCount: number;
  isInAppBrowser: boolean;
  /** Redirect needs the API's return support and a page to come back to. */
  canRedirect: boolean;
}

/** Popup unless the host asks otherwise, the browser is an app's web view, or popups failed twice. */
export function chooseOAuthMode({ requested, blockedCount, isInAppBrowser, canRedirect }: OAuthModeInput): OAuthMode {
  if (!canRedirect) return 'popup';
  if (requested === 'redirect' || isInAppBrowser || blockedCount >= 2) return 'redirect';
  return 'popup';
}

/**
 * The effects of an OAuth sign-in: popup first, redirect when popups cannot work, never a hang.
 * Where the sign-in stands is the machine's `oauth` screen; this only runs the windows and the
 * timers and dispatches what happens to them.
 */
export interface OAuthFlow {
  /** What "Reopen" does now: a new popup, or sending this tab through the flow. */
  nextStep: ReadonlySignal<OAuthMode>;
  /** How often the popup was blocked in this widget so far. */
  blockedCount: ReadonlySignal<number>;
  /**
   * Resolves once the first click can choose between popup and redirect: the API has answered
   * whether it supports redirect mode, when the host's mode or the browser makes that matter.
   */
  whenReady: () => Promise<void>;
  /** Whether `whenReady` has resolved: only then may a click start the sign-in at once. */
  isReady: () => boolean;
  /** Runs in the submit click (no `await` before it). Never rejects; aborting `signal` cancels it. */
  start: (start: OAuthStart, signal: AbortSignal) => Promise<OAuthResult>;
  /** From a click: the same flow in a new window (after a block, a close, or a long wait). */
  reopen: () => void;
  cancel: () => void;
  dispose: () => void;
}

export interface OAuthFlowOptions {
  calls: OAuthCalls;
  deps: OAuthDeps;
  dispatch: (event: MachineEvent) => void;
  /** Tells the host of a failure the widget recovers from (a blocked or closed popup) while the flow goes on. */
  reportError: (failure: ApiFailure) => void;
}

interface Flow {
  start: OAuthStart;
  attempt: Attempt | null;
  resolve: (result: OAuthResult) => void;
  stopAbortListener: () => void;
}

const cancelled = (): OAuthResult => failed({ ...oauthFailure('window_closed', 'cancelled', ''), isCancelled: true });

export function createOAuthFlow({ calls, deps, dispatch, reportError }: OAuthFlowOptions): OAuthFlow {
  const { slowAfterMs = 60_000 } = deps;
  const blockedCount = signal(0);
  const canRedirect = signal(false);
  const probe = new AbortController();
  let probing: Promise<void> | null = null;
  let isProbed = false;
  let flow: Flow | null = null;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;

  const nextStep = computed(() =>
    chooseOAuthMode({ requested: deps.requestedMode, blockedCount: blockedCount.value, isInAppBrowser: deps.isInAppBrowser, canRedirect: canRedirect.value && deps.storage !== null }),
  );

  /** Asks the API, once, whether it can send the tab back after a redirect-mode flow. */
  function checkRedirect(): void {
    probing ??= calls.supportsRedirect(probe.signal).then((answer) => {
      if (!probe.signal.aborted) canRedirect.value = answer;
      isProbed = true;
    });
  }

  function restartSlowTimer(): void {
    clearTimeout(slowTimer);
    slowTimer = setTimeout(() => dispatch({ type: 'oauthSlow' }), slowAfterMs);
  }

  function finish(current: Flow, result: OAuthResult): void {
    current.stopAbortListener();
    current.resolve(result);
    // A flow replaced by a newer one still resolves, but no longer owns the timers.
    if (flow !== current) return;
    flow = null;
    clearTimeout(slowTimer);
  }

  /**
   * The host hears of it at once (`window_closed`) unless it turned detection off; the user gets
   * Reopen and Cancel. The flow keeps listening: a severed (not closed) popup may still finish.
   */
  function windowClosed(): void {
    clearTimeout(slowTimer);
    dispatch({ type: 'popupClosed', isReported: deps.detectClosedWindow });
    if (deps.detectClosedWindow) reportError(oauthFailure('window_closed', 'window_closed', ''));
  }

  function openInTab(current: Flow): void {
    current.attempt?.abort(cancelled());
    current.attempt = null;
    const failure = calls.redirect(current.start);
    if (failure) return finish(current, failed(failure));
    // The page is about to unload; should the browser refuse silently, "Still waiting" offers a retry.
    restartSlowTimer();
    dispatch({ type: 'oauthStarted', phase: 'waiting' });
  }

  /** Runs in a click: the popup (or the tab) goes to the provider now. */
  function launch(current: Flow): void {
    // Until the host's origin is known there is no page to come back to: stay with the popup.
    if (nextStep.value === 'redirect' && deps.returnUrl() !== null) return openInTab(current);
    const on = {
      opened: () => {
        restartSlowTimer();
        dispatch({ type: 'oauthStarted', phase: 'opening' });
      },
      navigated: () => flow === current && dispatch({ type: 'oauthNavigated' }),
      closed: () => flow === current && windowClosed(),
    };
    const attempt = calls.authorize(current.start, on, current.attempt);
    if (!attempt) {
      blockedCount.value += 1;
      dispatch({ type: 'popupBlocked' });
      checkRedirect();
      reportError(oauthFailure('blocked_by_browser', 'popup_blocked', ''));
      return;
    }
    if (current.attempt) return;
    current.attempt = attempt;
    void attempt.result.then((result) => finish(current, result));
  }

  function cancel(): void {
    const current = flow;
    if (!current) return;
    if (current.attempt) current.attempt.abort(cancelled());
    else finish(current, cancelled());
  }

  // Only then can the very first click need to know; otherwise the first blocked popup asks.
  if (deps.requestedMode === 'redirect' || deps.isInAppBrowser) checkRedirect();

  return {
    nextStep,
    blockedCount,
    whenReady: () => probing ?? Promise.resolve(),
    isReady: () => probing === null || isProbed,
    start: (input, signal) => {
      cancel();
      return new Promise((resolve) => {
        const current: Flow = { start: input, attempt: null, resolve, stopAbortListener: () => {} };
        flow = current;
        if (signal.aborted) return finish(current, cancelled());
        signal.addEventListener('abort', cancel);
        current.stopAbortListener = () => signal.removeEventListener('abort', cancel);
        launch(current);
      });
    },
    reopen: () => {
      if (flow) launch(flow);
    },
    cancel,
    dispose: () => {
      probe.abort();
      cancel();
      clearTimeout(slowTimer);
    },
  };
}
