import { computed, effect } from '@preact/signals-core';
import { cancelledFailure, networkFailureFrom } from '../../client/failure';
import type { ConnectionResponse, Integration, Provider } from '../../contract/connect';
import { failed, type Result } from '../../client/failure';
import { createFormModel } from '../form/form-model';
import { displayNameOf } from '../list/list-model';
import type { ConnectionResult } from '../../protocol/messages';
import { errorPayloadFor } from '../result/failure-text';
import { createHandoffFlow, type HandoffFlow } from '../handoff/handoff-flow';
import { isOAuthTarget } from '../handoff/handoff-transitions';
import { isInAppBrowser } from '../oauth/in-app-browser';
import { stepEventsTo, wantsStepEvents } from '../telemetry/step-events';
import { createTelemetry, viewOf, type Track } from '../telemetry/telemetry';
import type { OAuthResult } from '../../client/oauth/socket';
import { oauthModuleLoader, type OAuthModule } from '../oauth-module';
import { createConnectCalls, type ConnectCalls } from './calls';
import type { OAuthFlow } from './oauth';
import type { OAuthCalls, OAuthStart } from './oauth-calls';
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
  /** Session and integrations have loaded (in the first chunk): a redirect's outcome, if one is being resumed. */
  loaded: () => void;
  /** "Try again" led to `next`: a failed form opens again (a failed load is the first chunk's). */
  retry: (next: Screen) => void;
  /** Fetches the provider of the integration on the `openingForm` screen and builds its form. */
  openForm: (integration: Integration) => Promise<void>;
  /**
   * The user shows interest in `integration`: on the list, its provider is fetched (once per
   * provider, at most `speculativeLimit` per session); on its form, about to click Connect, an
   * OAuth integration's sign-in code is.
   */
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

/** Resolves when `promise` does, or at once when `signal` aborts (the user stopped waiting). */
function unlessAborted(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
    void promise.then(resolve);
  });
}

/** The sign-in's code and its flow, once the OAuth chunk has loaded. */
interface OAuthReady {
  flow: OAuthFlow;
  calls: OAuthCalls;
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
  // Known before the OAuth chunk: in an app's web view an OAuth submit explains first.
  const inAppBrowser = environment.overrides?.isInAppBrowser ?? isInAppBrowser(environment.window.navigator.userAgent);
  const calls: ConnectCalls = createConnectCalls(deps.api);
  const oauthModule = oauthModuleLoader(deps.loadOAuth);
  const stopTelemetry = startTelemetry(state, earlier);
  const handoff = createHandoffFlow(state, calls, environment.window, dispatch);
  const stopStranded = watchStrandedWait(state, dispatch);
  const isReconnect = () => state.session.value?.isReconnecting === true;
  let oauth: OAuthReady | null = null;
  let latestForm = 0;
  let speculative = 0;
  let opening: Promise<void> = Promise.resolve();
  let isDisposed = false;

  /** The OAuth flow over the loaded chunk, made once: its redirect probe starts then, before the first click. */
  function oauthWith(module: OAuthModule): OAuthReady {
    if (oauth) return oauth;
    const oauthDeps = module.oauthDepsFor(deps.config, environment);
    const oauthCalls = module.createOAuthCalls(oauthDeps);
    const flow = module.createOAuthFlow({
      calls: oauthCalls,
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
      Waiting: module.OAuthWaiting,
    };
    oauth = { flow, calls: oauthCalls };
    // A chunk that arrives after the widget closed starts nothing (its probe, its timers).
    if (isDisposed) flow.dispose();
    return oauth;
  }

  /** Loads the OAuth chunk (once; a failed load is tried again by the next caller). */
  const loadOAuth = (): Promise<OAuthReady> => oauthModule.load().then(oauthWith);

  /** Fetches the OAuth chunk ahead of the click; a failure here is silent (the click tries again, and says so). */
  function prepareOAuth(): void {
    const screen = state.screen.value;
    if (screen.name === 'form' && isOAuthTarget(screen.target) && !oauth) void loadOAuth().catch(() => {});
  }
  // An OAuth integration's form is shown: its sign-in's code is fetched while the user reads it.
  const stopOAuthIntent = effect(prepareOAuth);

  /**
   * The sign-in. With the chunk and the API's redirect answer (if the mode needs it) already
   * there it starts at once, in the click, so the popup keeps the click's user gesture; else once
   * they are: a click before the answer would open the popup a redirect-mode host ruled out. A
   * chunk that cannot load is a network failure, with "Try again".
   */
  function signIn(start: OAuthStart, signal: AbortSignal): Promise<OAuthResult> {
    const module = oauthModule.loaded();
    const ready = module ? oauthWith(module) : null;
    if (ready?.flow.isReady()) return ready.flow.start(start, signal);
    return (ready ? Promise.resolve(ready) : loadOAuth()).then(
      ({ flow }) => unlessAborted(flow.whenReady(), signal).then(() => flow.start(start, signal)),
      (error: unknown) => failed(networkFailureFrom(error)),
    );
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
    let ready: OAuthReady;
    try {
      ready = await loadOAuth();
    } catch (error) {
      // "Try again" loads again, and resumes again: the flow's outcome is still waiting in this tab.
      return dispatch({ type: 'failed', failure: networkFailureFrom(error), step: 'load' });
    }
    const resumed = await ready.calls.resume();
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
    const outcome = 'oauth' in call ? signIn({ request: call.oauth, sessionToken: token, websocketsPath: state.session.value?.websocketsPath }, signal) : call.result;
    void outcome.then((result) => {
      const screen = state.screen.value;
      if ((screen.name !== 'submitting' && screen.name !== 'oauth') || screen.target !== target) return; // the user left meanwhile
      pending.end();
      dispatch(result.ok ? { type: 'submitted', result: connectionResult(result.value, isReconnect()) } : { type: 'failed', failure: result.failure, step: 'submit' });
    });
  }

  return {
    // The outcome of a redirect-mode flow this tab came back from: the one case the OAuth chunk
    // loads before an OAuth form shows (the host or the connect link says `resume`).
    loaded: () => {
      if (deps.config.resume) void resume();
    },
    retry: (next) => {
      if (next.name === 'openingForm') void openForm(next.integration);
    },
    openForm,
    prefetch: (integration) => {
      if (integrationOn(state.screen.value) === integration) return prepareOAuth();
      const { provider } = integration;
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
          oauth?.flow.cancel();
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
          return oauth?.flow.reopen();
        case 'cancel':
          return oauth?.flow.cancel();
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
      if (form.isValid.value && !deps.config.isPreview) dispatch({ type: 'submit', isInAppBrowser: inAppBrowser });
    },
    dispose: () => {
      stopTelemetry();
      handoff.dispose();
      stopStranded();
      stopOAuthIntent();
      isDisposed = true;
      oauth?.flow.dispose();
    },
  };
}
