import { computed, effect, signal, type ReadonlySignal } from '@preact/signals-core';
import type { ConnectionResult } from '../../protocol/messages';
import type { ConnectCalls } from '../machine/calls';
import type { Target } from '../machine/screen';
import type { WidgetState } from '../machine/state';
import type { MachineEvent } from '../machine/transition';
import { handoffLink, openInBrowser, type OpenInBrowser } from './handoff-link';
import { isOAuthTarget } from './handoff-transitions';
import { watchHandoff, type HandoffWatch, type SessionConnection } from './handoff-watch';

/** `watching` the session; the API cannot tell (`unsupported`: Nango); the watch `gaveUp` after ten minutes. */
export type HandoffStatus = 'watching' | 'unsupported' | 'gaveUp';

export interface HandoffFlow {
  /** The session's link for another device. Shown to the user only, never sent to the host. */
  link: ReadonlySignal<string>;
  status: ReadonlySignal<HandoffStatus>;
  /** What "Open in your browser" does in this browser. */
  openInBrowser: ReadonlySignal<OpenInBrowser>;
  isOffered: (target: Target) => boolean;
  /** "Continue on another device": dispatches `handoff`. */
  open: () => void;
  /** Dispatches `handoffBack`. */
  back: () => void;
  checkAgain: () => void;
  /** The in-app explanation's "Try here anyway": dispatches `continueHere`, the sign-in it held back. */
  continueHere: () => void;
  /** The machine's effect of `handoff`: watches the session for the other device's connection. */
  startWatch: (target: Target) => void;
  dispose: () => void;
}

/** The `connect` event for a connection made on the other device, as a submit here would emit it. */
function resultOf(connection: SessionConnection, isReconnect: boolean): ConnectionResult {
  const result: ConnectionResult = { providerConfigKey: connection.providerConfigKey, connectionId: connection.connectionId };
  if (connection.isPending) result.isPending = true;
  if (isReconnect) result.isReconnect = true;
  return result;
}

/**
 * Continue on another device: the link, the watch of the session and its status. It never writes
 * the screen: what happens is dispatched (`handoffConnected` once, `failed` for a session failure).
 */
export function createHandoffFlow(state: WidgetState, calls: ConnectCalls, browser: Window, dispatch: (event: MachineEvent) => void): HandoffFlow {
  const { config, token } = state.deps;
  const userAgent = browser.navigator.userAgent;
  const status = signal<HandoffStatus>('watching');
  const link = computed(() => handoffLink(browser.location.href, token.value ?? '', config.apiURL));
  let watch: HandoffWatch | null = null;

  const stopWatching = () => {
    watch?.stop();
    watch = null;
  };
  // Leaving the handoff screen (back, close, an expired session) stops the watch.
  const stopEffect = effect(() => {
    if (state.screen.value.name !== 'handoff') stopWatching();
  });

  function connected(connection: SessionConnection, target: Target): void {
    const screen = state.screen.value;
    if (screen.name !== 'handoff' || screen.target !== target) return;
    const result = resultOf(connection, state.session.value?.isReconnecting === true);
    // The success screen names the integration the other device connected.
    const integration = state.integrations.value.find((item) => item.unique_key === connection.providerConfigKey) ?? target.integration;
    dispatch({ type: 'handoffConnected', integration, result });
  }

  function startWatch(target: Target): void {
    const baseline = watch?.baseline() ?? null;
    stopWatching();
    status.value = 'watching';
    watch = watchHandoff({
      getSession: (signal) => calls.session(signal),
      baseline,
      onConnected: (connection) => connected(connection, target),
      onUnsupported: () => (status.value = 'unsupported'),
      onSessionFailure: (failure) => dispatch({ type: 'failed', failure, step: 'openForm' }),
      onGaveUp: () => (status.value = 'gaveUp'),
    });
  }

  return {
    link,
    status,
    openInBrowser: computed(() => openInBrowser(link.value, userAgent)),
    isOffered: (target) => !config.isPreview && isOAuthTarget(target),
    open: () => {
      if (!config.isPreview) dispatch({ type: 'handoff' });
    },
    back: () => dispatch({ type: 'handoffBack' }),
    checkAgain: () => {
      const screen = state.screen.value;
      if (screen.name === 'handoff' && status.value === 'gaveUp') startWatch(screen.target);
    },
    continueHere: () => dispatch({ type: 'continueHere' }),
    startWatch,
    dispose: () => {
      stopEffect();
      stopWatching();
    },
  };
}
