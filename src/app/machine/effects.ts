import { computed, effect } from '@preact/signals';
import { cancelledFailure } from '../../client/failure';
import type { ConnectionResponse, Integration, Provider } from '../../contract/connect';
import { failed, type Result } from '../../client/failure';
import { createFormModel } from '../form/form-model';
import { displayNameOf } from '../list/list-model';
import type { ConnectionResult } from '../../protocol/messages';
import { errorPayloadFor } from '../result/failure-text';
import { createHandoffFlow, type HandoffFlow } from '../handoff/handoff-flow';
import { isInAppBrowser } from '../oauth/in-app-browser';
import { stepEventsTo, wantsStepEvents } from '../telemetry/step-events';
import { createTelemetry, viewOf, type Track } from '../telemetry/telemetry';
import { createConnectCalls, oauthDepsFor, type ConnectCalls } from './calls';
import { createOAuthFlow, type OAuthFlow } from './oauth';
import type { Screen, Target } from './screen';
import type { WidgetState } from './state';
import { holdsUserInput } from './connect-transition';
import { integrationOn, type MachineEvent } from './transition';
import { whenPaintedAndIdle } from './idle';

// The machine's effects that need the API: they arrive with the lazily loaded half of the widget.
// Each runs one call through `ConnectCalls` and dispatches what came of it; none writes the screen.

// Nango's UI fetches only the chosen provider. We fetch one as soon as the user shows interest
// in it (see IntegrationRow), but speculatively at most this many per session: a keyboard user
// tabbing down a long list must not multiply the load on the API. A choice is always fetched.
const speculativeLimit = 8;

export interface Effects {
  /** Session and integrations have loaded (in the first chunk): OAuth readiness, a redirect's outcome. */
  loaded: () => void;
  /** "Try again" led to `next`: a failed form opens again (a failed load is the first chunk's). */
  retry: (next: Screen) => void;
  /** Fetches the provider of the integration on the `openingForm` screen and builds its form. */
  openForm: (integration: Integration) => Promise<void>;
  /** A speculative fetch: once per provider, at most `speculativeLimit` per session. */
  prefetch: (integration: Integration) => void;
  /** The screen holds a form the user has typed in: leaving asks first. */
  isDirty: () => boolean;
  /** The effects of the events only the lazy half causes (see `machine.ts` for the others). */
  run: (event: MachineEvent, from: Screen, next: Screen | null) => void;
  /** Continue on another device, and the in-app browser's explanation before an OAuth submit. */
  handoff: HandoffFlow;
  /** The user picked an integration in the list. */
  select: (integration: Integration) => void;
  /** The user clicked Connect: a valid form dispatches `submit` (not in the dashboard preview). */
  submit: () => void;
  dispose: () => void;
}

/** The `connect` event payload: Nango's shape, plus `isReconnect` on reconnect sessions. */
export function connectionResult(response: ConnectionResponse, isReconnect: boolean): ConnectionResult {
  const result: ConnectionResult = { providerConfigKey: response.providerConfigKey, connectionId: response.connectionId };
  if (response.isPending !== undefined) result.isPending = response.isPending;
  if (isReconnect) result.isReconnect = true;
  return result;
}

/**
 * Waits for a shared promise (a prefetch already in flight) but lets the user stop waiting:
 * aborting resolves with a cancelled failure while the prefetch itself carries on.
 */
function untilAborted<T>(promise: Promise<Result<T>>, signal: AbortSignal): Promise<Result<T>> {
  if (signal.aborted) return Promise.resolve(failed(cancelledFailure()));
  return new Promise((resolve) => {
    const onAbort = () => resolve(failed(cancelledFailure()));
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then((result) => {
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    });
  });
}

const waitingScreens: ReadonlyArray<Screen['name']> = ['awaitingToken', 'loading'];

/**
 * Resolved once the first screen after the loader (the list, usually) is painted and the thread
 * idle: before that, beacons would compete with the session and integrations requests and with
 * the list's render.
 */
function holdUntilFirstScreen(state: WidgetState): Promise<void> {
  return new Promise<void>((release) => {
    const stop = effect(() => {
      if (waitingScreens.includes(state.screen.value.name)) return;
      whenPaintedAndIdle(release);
      queueMicrotask(() => stop());
    });
  });
}

/**
 * Sends the step beacons (and, to a host that asked, step events: one `track` for both): `open`
 * now, and a `view:` one each time a new view shows. Closing sends the held beacons at once.
 */
function startTelemetry(state: WidgetState, earlier: readonly Screen[]): () => void {
  const { config, token } = state.deps;
  const telemetry = createTelemetry({ apiURL: config.apiURL, token: () => token.value, isEnabled: config.telemetry && !config.isPreview, held: holdUntilFirstScreen(state) });
  const step = wantsStepEvents(config) ? stepEventsTo(state.deps.emit) : null;
  const track: Track = (event, integration) => {
    telemetry.track(event, integration);
    step?.(event, integration);
  };
  state.track = track;
  state.sendNow = telemetry.sendNow;
  track('open');
  let last = '';
  const see = (screen: Screen) => {
    const view = viewOf(screen);
    const key = view ? `${view.event} ${view.integration ?? ''}` : '';
    if (view && key !== last) track(view.event, view.integration);
    last = key;
  };
  // What the first chunk showed before this half arrived (the list, usually) counts as seen.
  earlier.forEach(see);
  return effect(() => see(state.screen.value));
}

/**
 * A host written for Nango's SDK never sends a new token after an `error`: once an expired
 * session has waited `strandedAfterMs` (8 s) for one, the screen says what the user can do. A
 * malformed token says so at once. Lives in the lazy half: only its effects can expire a session.
 */
function watchStrandedWait(state: WidgetState, dispatch: (event: MachineEvent) => void): () => void {
  return effect(() => {
    const screen = state.screen.value;
    if (screen.name !== 'expired' || screen.isMalformed || screen.hasWaited) return;
    const timer = setTimeout(() => {
      if (state.screen.value === screen) dispatch({ type: 'expiredWaited' });
    }, state.deps.strandedAfterMs ?? 8000);
    return () => clearTimeout(timer);
  });
}

/** `earlier`: the screens the first chunk showed before this half loaded, oldest first. */
export function createEffects(state: WidgetState, dispatch: (event: MachineEvent) => void, earlier: readonly Screen[] = []): Effects {
  const { deps, pending } = state;
  const environment = deps.oauth ?? { window, hostOrigin: () => null };
  const oauthDeps = oauthDepsFor(deps.config, environment);
  const calls: ConnectCalls = createConnectCalls(deps.api, oauthDeps);
  const stopTelemetry = startTelemetry(state, earlier);
  const handoff = createHandoffFlow(state, calls, environment.window, dispatch);
  const stopStranded = watchStrandedWait(state, dispatch);
  const isReconnect = () => state.session.value?.isReconnecting === true;
  let oauth: OAuthFlow | null = null;
  let latestForm = 0;
  let speculative = 0;
  let opening: Promise<void> = Promise.resolve();

  /** Made once the session has loaded, so whether the API supports redirect mode is known before the first click. */
  function oauthFlow(): OAuthFlow {
    if (oauth) return oauth;
    const flow = createOAuthFlow({
      calls,
      deps: oauthDeps,
      dispatch,
      reportError: (failure) => {
        const screen = state.screen.value;
        const integration = 'target' in screen ? screen.target?.integration : undefined;
        state.track?.(failure.errorType === 'blocked_by_browser' ? 'popup:blocked_by_browser' : 'popup:closed_early', integration?.unique_key);
        deps.emit({ type: 'error', payload: errorPayloadFor(failure, integration ? displayNameOf(integration) : '') });
      },
    });
    const phase = computed(() => (state.screen.value.name === 'oauth' ? state.screen.value.phase : 'idle'));
    state.oauth.value = {
      phase,
      isSlow: computed(() => phase.value === 'slow'),
      nextStep: flow.nextStep,
      blockedCount: flow.blockedCount,
      reopen: () => dispatch({ type: 'reopen' }),
      cancel: () => dispatch({ type: 'cancel' }),
    };
    oauth = flow;
    return flow;
  }

  function providerFor(providerKey: string): Promise<Result<Provider>> {
    const cached = state.providers.get(providerKey);
    if (cached) return cached;
    const request = calls.provider(providerKey).then((result) => {
      if (!result.ok) state.providers.delete(providerKey); // a failure is retried, not remembered
      return result;
    });
    state.providers.set(providerKey, request);
    return request;
  }

  /** (Re)builds the form with the current session; what the user typed is kept. */
  function prepareForm(target: Target): void {
    const key = target.integration.unique_key;
    const previous = state.forms.get(key);
    const spec = calls.form({ ...target, session: state.session.value, newExternalId: () => previous?.spec.externalId ?? deps.newExternalId() });
    state.forms.set(key, createFormModel(spec, previous?.values.value));
  }

  function openForm(integration: Integration): Promise<void> {
    const run = ++latestForm;
    opening = untilAborted(providerFor(integration.provider), pending.begin()).then((result) => {
      if (run !== latestForm || state.screen.value.name !== 'openingForm') return;
      pending.end();
      if (!result.ok) return dispatch({ type: 'failed', failure: result.failure, step: 'openForm' });
      const target = { integration, provider: result.value };
      prepareForm(target);
      dispatch({ type: 'formReady', target });
    });
    return opening;
  }

  /**
   * The widget the host reopened with `resume: true` after a redirect-mode OAuth flow: shows that
   * flow's outcome on its integration's screen and tells the host, once (the pending flow is
   * consumed). Without a pending flow in this tab, nothing happens.
   */
  async function resume(): Promise<void> {
    const resumed = await calls.resume();
    if (!resumed) return;
    const { result } = resumed;
    const integration = state.integrations.value.find((item) => item.unique_key === resumed.providerConfigKey);
    if (integration) {
      dispatch({ type: 'choose', integration });
      await opening;
    }
    const screen = state.screen.value;
    if (screen.name !== 'form' || screen.target.integration !== integration) {
      // No screen to show it on (the integration left the session): the host still hears of it.
      const name = resumed.providerConfigKey;
      deps.emit(result.ok ? { type: 'connect', payload: connectionResult(result.value, isReconnect()) } : { type: 'error', payload: errorPayloadFor(result.failure, name) });
      return;
    }
    dispatch(result.ok ? { type: 'submitted', result: connectionResult(result.value, isReconnect()) } : { type: 'failed', failure: result.failure, step: 'submit' });
  }

  function submit(target: Target): void {
    const key = target.integration.unique_key;
    const form = state.forms.get(key);
    if (!form) return;
    const signal = pending.begin();
    const token = deps.token.value ?? '';
    const submission = { provider: target.provider, providerConfigKey: key, values: form.values.value, externalId: form.spec.externalId };
    const call = calls.connect(submission, token, signal);
    // Synchronous up to here: an OAuth popup opened now keeps the click's user gesture.
    const outcome = 'oauth' in call ? oauthFlow().start({ request: call.oauth, sessionToken: token, websocketsPath: state.session.value?.websocketsPath }, signal) : call.result;
    void outcome.then((result) => {
      const screen = state.screen.value;
      if ((screen.name !== 'submitting' && screen.name !== 'oauth') || screen.target !== target) return; // the user left meanwhile
      pending.end();
      dispatch(result.ok ? { type: 'submitted', result: connectionResult(result.value, isReconnect()) } : { type: 'failed', failure: result.failure, step: 'submit' });
    });
  }

  return {
    loaded: () => {
      oauthFlow();
      if (deps.config.resume) void resume();
    },
    retry: (next) => {
      if (next.name === 'openingForm') void openForm(next.integration);
    },
    openForm,
    prefetch: ({ provider }) => {
      if (state.providers.has(provider) || speculative >= speculativeLimit) return;
      speculative += 1;
      void providerFor(provider);
    },
    isDirty: () => {
      const screen = state.screen.value;
      const integration = integrationOn(screen);
      return holdsUserInput(screen) && integration !== null && state.forms.get(integration.unique_key)?.isDirty.value === true;
    },
    run: (event, from, next) => {
      switch (event.type) {
        case 'loaded':
        case 'choose':
          if (next?.name === 'openingForm') void openForm(next.integration);
          return;
        case 'back': {
          const integration = integrationOn(from);
          if (next && integration) state.forms.delete(integration.unique_key);
          return;
        }
        case 'submit':
        case 'continueHere':
          if (next?.name === 'submitting') submit(next.target);
          return;
        case 'handoff':
          if (next?.name !== 'handoff') return;
          // A sign-in running here (a blocked or open popup) stops: the user continues elsewhere.
          pending.cancel();
          oauth?.cancel();
          handoff.startWatch(next.target);
          return;
        case 'handoffConnected': {
          if (next?.name !== 'success') return;
          const integration = integrationOn(from);
          if (integration) state.forms.get(integration.unique_key)?.markClean();
          deps.emit({ type: 'connect', payload: event.result });
          return;
        }
        case 'submitted':
          if (next?.name !== 'success') return;
          state.forms.get(next.target.integration.unique_key)?.markClean();
          deps.emit({ type: 'connect', payload: event.result });
          return;
        case 'close':
          state.track?.(from.name === 'success' ? 'click:finish' : 'click:close', integrationOn(from)?.unique_key);
          state.sendNow?.(); // the frame may go at once: nothing waits any longer
          return;
        case 'reopen':
          return oauth?.reopen();
        case 'cancel':
          return oauth?.cancel();
        default:
          return;
      }
    },
    handoff,
    select: (integration) => {
      state.track?.('click:integration', integration.unique_key);
      dispatch({ type: 'choose', integration });
    },
    submit: () => {
      const screen = state.screen.value;
      const form = screen.name === 'form' ? state.forms.get(screen.target.integration.unique_key) : undefined;
      if (screen.name !== 'form' || !form) return;
      state.track?.('click:connect', screen.target.integration.unique_key);
      form.revealIssues();
      // In an app's web view an OAuth sign-in explains first (the transition decides).
      if (form.isValid.value && !deps.config.isPreview) dispatch({ type: 'submit', isInAppBrowser: oauthDeps.isInAppBrowser });
    },
    dispose: () => {
      stopTelemetry();
      handoff.dispose();
      stopStranded();
      oauth?.dispose();
    },
  };
}
