import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { readLoadGets } from '../../client/early-get';
import { networkFailureFrom, type ApiFailure } from '../../client/failure';
import type { Integration, Session } from '../../contract/connect';
import { failed, success, type Result } from '../../client/failure';
import type { ConnectUISettings, WidgetMessage } from '../../protocol/messages';
import type { ConnectModule } from '../connect-module';
import type { HandoffFlow } from '../handoff/handoff-flow';
import type { FormModel } from '../form/form-model';
import { displayNameOf } from '../list/display-name';
import type { ListModel } from '../list/list-model';
import { errorPayloadFor } from '../result/failure-text';
import type { Effects } from './effects';
import type { PendingModel } from './pending-model';
import type { Screen } from './screen';
import { whenPaintedAndIdle } from './idle';
import { wantsStepEvents, watchSearch } from '../telemetry/step-events';
import { createWidgetState, type LeaveIntent, type OAuthView, type WidgetDeps } from './state';
import { integrationOn, transition, type MachineEvent } from './transition';

export interface WidgetModel {
  screen: ReadonlySignal<Screen>;
  /** Everything that changes the screen goes through here. */
  dispatch: (event: MachineEvent) => void;
  confirmLeave: ReadonlySignal<LeaveIntent | null>;
  /** The lazily loaded screens, once loaded. */
  views: ReadonlySignal<ConnectModule | null>;
  /** The OAuth sign-in's view, once the session has loaded: the waiting screen reads it. */
  oauth: ReadonlySignal<OAuthView | null>;
  pending: PendingModel;
  /** The search over the list (first chunk: the list paints without the lazy half). */
  list: ListModel;
  /** Continue on another device (and the in-app browser's explanation), once the lazy half has loaded. */
  handoff: ReadonlySignal<HandoffFlow | null>;
  /** The session, once loaded (the brand line reads its branding). */
  session: ReadonlySignal<Session | null>;
  /** Whether Back leads to a list (not in single-integration sessions). */
  hasList: ReadonlySignal<boolean>;
  integrationCount: ReadonlySignal<number>;
  isReconnect: ReadonlySignal<boolean>;
  /** A token came after the widget had told the user to close it: it works again, and says so. */
  hasRecovered: ReadonlySignal<boolean>;
  start: () => void;
  receiveToken: (token: string) => void;
  receiveSettings: (settings: ConnectUISettings) => void;
  tokenTimedOut: () => void;
  /** The widget cannot run (its deployment refused the API): say why, tell the host, go no further. */
  refuse: (failure: ApiFailure) => void;
  /** The refusal was only the network's: back to the first screen, for the deployment check again. */
  recheck: () => void;
  /** The network's failure screen's "Try again": checks the deployment again now (none: the check is off). */
  checkApiAgain?: () => void;
  select: (integration: Integration) => void;
  prefetch: (integration: Integration) => void;
  formFor: (integration: Integration) => FormModel | undefined;
  submit: () => void;
  retry: () => void;
  /** Leaving a filled form asks first — inside the widget, never with `window.confirm`. */
  requestClose: () => void;
  requestBack: () => void;
  confirm: () => void;
  stay: () => void;
  /** Escape: answers an open confirmation with "stay", else asks to close. */
  escape: () => void;
  dispose: () => void;
}

const nameOn = (screen: Screen): string => {
  const integration = integrationOn(screen);
  return integration ? displayNameOf(integration) : '';
};

/** The server filters by `allowed_integrations` too; checking again costs little (a set: thousands of keys). */
function allowedOnly(integrations: Integration[], session: Session): Integration[] {
  const allowed = session.allowed_integrations && new Set(session.allowed_integrations);
  return allowed ? integrations.filter((integration) => allowed.has(integration.unique_key)) : integrations;
}

/**
 * The widget as one state machine: `dispatch(event)` sets the screen the pure transition decides
 * (`transition`, then the lazy half's `connectTransition`) — the only write of the screen
 * anywhere — then runs the event's effects. The first load (session and integrations, read
 * without zod) and the list are the first chunk's, so the list never waits for the lazy half;
 * the other effects that talk to the API arrive with that half (`effects.ts`), fetched once the
 * list is painted and the thread idle, or as soon as a screen needs it.
 */
export function createWidgetModel(deps: WidgetDeps): WidgetModel {
  const state = createWidgetState(deps);
  // Where a deployment check the network failed starts again (a token is held until it passes).
  const first = state.screen.value;
  const { config } = deps;
  const handoff = signal<HandoffFlow | null>(null);
  const hasRecovered = signal(false);
  let effects: Effects | null = null;
  // The first screen's events until the lazy half brings the decision for all of them.
  let decide = transition;

  /** Loads the lazy half of the widget as a `Result`, so a chunk that fails to load is a failure screen. */
  async function loadConnect(): Promise<Result<ConnectModule>> {
    try {
      const module = await deps.loadConnect();
      state.connect.value = module;
      return success(module);
    } catch (error) {
      return failed(networkFailureFrom(error));
    }
  }

  // The host's `search` steps: typing in the list needs no lazy half, so neither does their count.
  // They wait for that half's `open` step (and the views before it), so the host gets them in order.
  let heldSteps: WidgetMessage[] | null = [];
  const emitStep = (message: WidgetMessage) => (heldSteps ? heldSteps.push(message) : deps.emit(message));
  const stopSearch = wantsStepEvents(config) ? watchSearch(state.list, emitStep) : () => {};
  // The screens shown before the lazy half loaded: its telemetry counts them as seen.
  const shownBeforeEffects: Screen[] = [];
  // A load whose effects after it (OAuth readiness, a redirect's outcome) wait for the lazy half.
  let loadedBeforeEffects = false;
  let latestLoad = 0;
  // Where an expired session left the user, until a load gets there ("Try again" still goes there).
  let resumePending: Screen | null = null;
  // A row clicked before the lazy half was there: its beacon goes once the half has loaded.
  let clicked: Integration | null = null;

  /** The lazy half's effects, loading that half first if needed. */
  async function ensureEffects(): Promise<Result<Effects>> {
    if (effects) return success(effects);
    const module = await loadConnect();
    if (!module.ok) return module;
    if (!effects) {
      decide = module.value.connectTransition;
      effects = module.value.createEffects(state, dispatch, shownBeforeEffects.splice(0));
      const held = heldSteps ?? [];
      heldSteps = null;
      held.forEach(deps.emit);
      handoff.value = effects.handoff;
      if (loadedBeforeEffects) effects.loaded();
      loadedBeforeEffects = false;
    }
    return success(effects);
  }

  /**
   * The effects, at once when the lazy half is there (so what they start is under way before the
   * next event), else once it has loaded; a half that cannot load is a failure screen with "Try again".
   */
  function withEffects(use: (ready: Effects) => void): void {
    if (effects) return use(effects);
    void ensureEffects().then((ready) => {
      if (ready.ok) return use(ready.value);
      // On the loader of a chosen row, "Try again" opens that form again; elsewhere it loads again.
      dispatch({ type: 'failed', failure: ready.failure, step: state.screen.value.name === 'openingForm' ? 'openForm' : 'load' });
    });
  }

  /**
   * A form is next but the lazy half is not there yet: its provider's GET leaves now, in parallel
   * with that half, and is read once it has loaded (the effects find it among the providers).
   */
  function requestProviderEarly(integration: Integration): void {
    const { provider } = integration;
    if (effects || !deps.sendProviderGet || state.providers.has(provider)) return;
    const request = deps.api.getProvider(provider, undefined, deps.sendProviderGet(provider)).then((result) => {
      if (!result.ok) state.providers.delete(provider); // a failure is retried, not remembered
      return result;
    });
    state.providers.set(provider, request);
  }

  /** Fetches the lazy half ahead of need; a failure shows only when a screen needs that half. */
  const warm = () => void ensureEffects();

  /**
   * Loads session and integrations in the first chunk (the GETs already sent with the token, read
   * with the hand-written parsers); `resumeTo` is where an expired session left the user.
   */
  async function load(resumeTo: Screen | null): Promise<void> {
    const run = ++latestLoad;
    resumePending = resumeTo;
    const signal = state.pending.begin();
    const gets = deps.sendLoadGets?.();
    // One round trip: both calls leave together (Nango makes them one after the other).
    const [session, integrations] = gets
      ? await readLoadGets(gets, { signal, timeoutMs: deps.requestTimeoutMs ?? 20_000 })
      : await Promise.all([deps.api.getSession(signal), deps.api.listIntegrations(signal)]);
    if (run !== latestLoad) return;
    state.pending.end();
    if (!session.ok || !integrations.ok) {
      const { failure } = session.ok ? (integrations as Extract<typeof integrations, { ok: false }>) : session;
      // The failure and expired screens (their words, details, what follows them) are the lazy half's.
      await ensureEffects();
      if (run === latestLoad) dispatch({ type: 'failed', failure, step: 'load', from: resumeTo ?? undefined });
      return;
    }
    const list = allowedOnly(integrations.value, session.value);
    state.session.value = session.value;
    state.integrations.value = list;
    resumePending = null;
    dispatch({ type: 'loaded', integrations: list, resumeTo });
    // After `loaded`, whose requests for a form (its chunk, its provider) then leave without
    // waiting for the colour maths; the colours still land in this task, before anything paints.
    deps.applySettings(session.value.connectUISettings);
  }

  function dispatch(event: MachineEvent): void {
    const from = state.screen.value;
    const next = decide(from, event);
    if (next) {
      state.screen.value = next;
      if (!effects) shownBeforeEffects.push(next);
    }
    run(event, from, next);
  }

  /** The effects of each event (calls, events to the host, beacons) until the lazy half takes over. */
  function run(event: MachineEvent, from: Screen, next: Screen | null): void {
    switch (event.type) {
      case 'token':
        if (!next) return;
        // Both screens said "Close this window and try again".
        if (from.name === 'fatal' || (from.name === 'expired' && from.hasWaited)) hasRecovered.value = true;
        return void load(from.name === 'expired' ? from.resumeTo : null);
      case 'tokenTimeout':
      case 'refused':
        if (next?.name === 'fatal') deps.emit({ type: 'error', payload: errorPayloadFor(next.failure, '') });
        return;
      case 'retry':
        if (next?.name === 'loading') void load(resumePending);
        else if (next) withEffects((ready) => ready.retry(next));
        return;
      case 'loaded':
        // A form needs the lazy half now; the list, only once it is painted and the thread idle.
        if (next?.name === 'openingForm') {
          requestProviderEarly(next.integration);
          withEffects((ready) => ready.run(event, from, next));
        } else whenPaintedAndIdle(warm);
        if (effects) effects.loaded();
        else loadedBeforeEffects = true;
        return;
      case 'choose': {
        const click = clicked;
        clicked = null;
        if (!next) return;
        if (next.name === 'openingForm') requestProviderEarly(next.integration);
        withEffects((ready) => {
          if (click) state.track?.('click:integration', click.unique_key);
          ready.run(event, from, next);
        });
        return;
      }
      case 'failed': {
        // Shown and told to the host exactly once per failure; a cancel is the user's own doing.
        if (!next || event.failure.isCancelled) return;
        const name = next.name === 'failure' ? nameOn(next) : nameOn(event.from ?? from);
        deps.emit({ type: 'error', payload: errorPayloadFor(event.failure, name) });
        return;
      }
      case 'close':
        // Its beacon (no beacon goes before the lazy half anyway), then the host hears it.
        effects?.run(event, from, next);
        deps.emit({ type: 'close' });
        return;
      default:
        // The events only the lazy half can cause have their effects there.
        return effects?.run(event, from, next);
    }
  }

  // The dashboard preview cannot close; a connect link has no host to close it; inline, only if asked.
  const { canClose } = config;
  const hasList = computed(() => state.integrations.value.length > 1);

  function leave(intent: LeaveIntent): void {
    state.pending.cancel();
    dispatch(intent === 'close' ? { type: 'close' } : { type: 'back', hasList: hasList.value });
  }

  function request(intent: LeaveIntent): void {
    if (effects?.isDirty()) state.confirmLeave.value = intent;
    else leave(intent);
  }

  return {
    screen: state.screen,
    dispatch,
    confirmLeave: state.confirmLeave,
    views: state.connect,
    oauth: state.oauth,
    pending: state.pending,
    list: state.list,
    handoff,
    session: state.session,
    hasList,
    integrationCount: computed(() => state.integrations.value.length),
    isReconnect: computed(() => state.session.value?.isReconnecting === true),
    hasRecovered,
    start: () => {
      // A redirect's outcome shows on its form: the lazy half is needed at once.
      if (config.resume) warm();
      if (state.screen.value.name === 'loading') void load(null);
    },
    receiveToken: (token) => {
      const isNew = token !== deps.token.value;
      deps.token.value = token;
      dispatch({ type: 'token', isNew });
    },
    receiveSettings: (settings) => {
      if (config.isPreview) deps.applySettings(settings);
    },
    tokenTimedOut: () => dispatch({ type: 'tokenTimeout' }),
    refuse: (failure) => dispatch({ type: 'refused', failure }),
    recheck: () => dispatch({ type: 'recheck', first }),
    checkApiAgain: deps.checkApiAgain,
    select: (integration) => {
      if (effects) return effects.select(integration);
      clicked = integration;
      dispatch({ type: 'choose', integration });
    },
    // Interest in a row (hover, focus, press) fetches the lazy half too, so a click rarely waits.
    prefetch: (integration) => {
      if (effects) return effects.prefetch(integration);
      void ensureEffects().then((ready) => ready.ok && ready.value.prefetch(integration));
    },
    formFor: (integration) => state.forms.get(integration.unique_key),
    submit: () => effects?.submit(),
    retry: () => dispatch({ type: 'retry' }),
    requestClose: () => {
      if (canClose) request('close');
    },
    requestBack: () => request('back'),
    confirm: () => {
      const intent = state.confirmLeave.value;
      state.confirmLeave.value = null;
      if (intent) leave(intent);
    },
    stay: () => {
      state.confirmLeave.value = null;
    },
    escape: () => {
      if (state.confirmLeave.value) state.confirmLeave.value = null;
      else if (canClose) request('close');
    },
    dispose: () => {
      stopSearch();
      state.pending.cancel();
      effects?.dispose();
    },
  };
}
