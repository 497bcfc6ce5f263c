import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ConnectionResult } from '../../protocol/messages';
import type { FormModel } from '../models/form-model';
import { showFailure } from '../models/show-failure';
import type { WidgetState } from '../models/widget-state';
import { isInAppBrowser } from '../oauth/in-app-browser';
import { oauthEnvironmentOf } from '../oauth/widget-oauth';
import type { Target } from '../state/screen';
import { handoffLink, openInBrowser, type OpenInBrowser } from './handoff-link';
import { isOAuthTarget, screenBeforeHandoff, screenForHandoff, screenOnSubmit } from './handoff-transitions';
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
  /** "Continue on another device". */
  open: () => void;
  back: () => void;
  checkAgain: () => void;
  /** The in-app explanation's "Try here anyway": the sign-in it held back. */
  continueHere: () => void;
  /** Before an OAuth submit: in an app's web view it explains instead (true), else it lets it go. */
  interceptSubmit: (target: Target) => boolean;
}

type SubmitForm = (form: FormModel, target: Target) => Promise<void>;

/** The `connect` event for a connection made on the other device, as a submit here would emit it. */
function resultOf(connection: SessionConnection, isReconnect: boolean): ConnectionResult {
  const result: ConnectionResult = { providerConfigKey: connection.providerConfigKey, connectionId: connection.connectionId };
  if (connection.isPending) result.isPending = true;
  if (isReconnect) result.isReconnect = true;
  return result;
}

export function createHandoffFlow(state: WidgetState, submitForm: SubmitForm): HandoffFlow {
  const { config, token, api, emit } = state.deps;
  const browser = oauthEnvironmentOf(state).window;
  const userAgent = browser.navigator.userAgent;
  const status = signal<HandoffStatus>('watching');
  const link = computed(() => handoffLink(browser.location.href, token.value ?? '', config.apiURL));
  let watch: HandoffWatch | null = null;

  const stopWatching = () => {
    watch?.stop();
    watch = null;
  };
  // Leaving the handoff screen (back, close, an expired session) stops the watch.
  effect(() => {
    if (state.screen.value.name !== 'handoff') stopWatching();
  });

  function connected(connection: SessionConnection, target: Target): void {
    const screen = state.screen.value;
    if (screen.name !== 'handoff' || screen.target !== target) return;
    const result = resultOf(connection, state.session.value?.isReconnecting === true);
    const integration = state.integrations.value.find((item) => item.unique_key === connection.providerConfigKey) ?? target.integration;
    state.forms.get(target.integration.unique_key)?.markClean();
    // The success screen names the integration the other device connected.
    state.screen.value = { name: 'success', target: { integration, provider: target.provider }, result };
    emit({ type: 'connect', payload: result });
  }

  function startWatch(target: Target): void {
    const baseline = watch?.baseline() ?? null;
    stopWatching();
    status.value = 'watching';
    watch = watchHandoff({
      getSession: (signal) => api.getSession(signal),
      baseline,
      onConnected: (connection) => connected(connection, target),
      onUnsupported: () => (status.value = 'unsupported'),
      onSessionFailure: (failure) => showFailure(state, failure, 'openForm'),
      onGaveUp: () => (status.value = 'gaveUp'),
    });
  }

  return {
    link,
    status,
    openInBrowser: computed(() => openInBrowser(link.value, userAgent)),
    isOffered: (target) => !config.isPreview && isOAuthTarget(target),
    open: () => {
      const next = screenForHandoff(state.screen.value);
      if (!next || config.isPreview) return;
      state.screen.value = next;
      // A sign-in running here (a blocked or open popup) stops: the user continues elsewhere.
      state.pending.cancel();
      state.oauth.value?.cancel();
      startWatch(next.target);
    },
    back: () => {
      const next = screenBeforeHandoff(state.screen.value);
      if (next) state.screen.value = next;
    },
    checkAgain: () => {
      const screen = state.screen.value;
      if (screen.name === 'handoff' && status.value === 'gaveUp') startWatch(screen.target);
    },
    continueHere: () => {
      const screen = state.screen.value;
      const form = screen.name === 'inAppBrowser' ? state.forms.get(screen.target.integration.unique_key) : undefined;
      if (screen.name !== 'inAppBrowser' || !form) return;
      void submitForm(form, screen.target);
    },
    interceptSubmit: (target) => {
      const next = screenOnSubmit(target, { isInAppBrowser: isInAppBrowser(userAgent), isPreview: config.isPreview });
      if (next) state.screen.value = next;
      return next !== null;
    },
  };
}
