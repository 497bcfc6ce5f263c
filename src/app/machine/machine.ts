import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { networkFailure, type ApiFailure } from '../../client/failure';
import type { Integration, Session } from '../../contract/connect';
import { failed, success, type Result } from '../../client/failure';
import type { ConnectUISettings } from '../../protocol/messages';
import type { ConnectModule } from '../connect-module';
import type { HandoffFlow } from '../handoff/handoff-flow';
import type { FormModel } from '../form/form-model';
import { displayNameOf } from '../list/display-name';
import type { ListModel } from '../list/list-model';
import { errorPayloadFor } from '../result/failure-text';
import type { Effects } from './effects';
import type { PendingModel } from './pending-model';
import type { Screen } from './screen';
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
  /** The search and paging of the list, once the lazy half has loaded. */
  list: ReadonlySignal<ListModel | null>;
  /** Continue on another device (and the in-app browser's explanation), once the lazy half has loaded. */
  handoff: ReadonlySignal<HandoffFlow | null>;
  /** The session, once loaded (the lazy half's header reads its branding). */
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
  /** The refusal was only the network's: wait for the deployment check again. */
  recheck: () => void;
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

/**
 * The widget as one state machine: `dispatch(event)` sets the screen the pure transition decides
 * (`transition`, then the lazy half's `connectTransition`) — the only write of the screen
 * anywhere — then runs the event's effects. The effects
 * that talk to the API arrive with the lazy half (`effects.ts`), so the first screen does not
 * carry them.
 */
export function createWidgetModel(deps: WidgetDeps): WidgetModel {
  const state = createWidgetState(deps);
  const { config } = deps;
  const list = signal<ListModel | null>(null);
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
      return failed(networkFailure(error instanceof Error ? error.message : null));
    }
  }

  /** The effects, loading the lazy half first if needed. */
  async function withEffects(use: (ready: Effects) => void): Promise<void> {
    const module = effects ? null : await loadConnect();
    if (module && !module.ok) return dispatch({ type: 'failed', failure: module.failure, step: 'load' });
    if (module?.ok && !effects) {
      decide = module.value.connectTransition;
      effects = module.value.createEffects(state, dispatch);
      list.value = effects.list;
      handoff.value = effects.handoff;
    }
    if (effects) use(effects);
  }

  const load = (resumeTo: Screen | null) => {
    const early = deps.sendLoadGets?.();
    void withEffects((ready) => ready.load(resumeTo, early));
  };

  function dispatch(event: MachineEvent): void {
    const from = state.screen.value;
    const next = decide(from, event);
    if (next) state.screen.value = next;
    run(event, from, next);
  }

  /** The effects of each event (calls, events to the host, beacons) until the lazy half takes over. */
  function run(event: MachineEvent, from: Screen, next: Screen | null): void {
    switch (event.type) {
      case 'token':
        if (!next) return;
        // Both screens said "Close this window and try again".
        if (from.name === 'fatal' || (from.name === 'expired' && from.hasWaited)) hasRecovered.value = true;
        return load(from.name === 'expired' ? from.resumeTo : null);
      case 'tokenTimeout':
      case 'refused':
        if (next?.name === 'fatal') deps.emit({ type: 'error', payload: errorPayloadFor(next.failure, '') });
        return;
      case 'retry':
        if (next) void withEffects((ready) => ready.retry(next));
        return;
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
    list,
    handoff,
    session: state.session,
    hasList,
    integrationCount: computed(() => state.integrations.value.length),
    isReconnect: computed(() => state.session.value?.isReconnecting === true),
    hasRecovered,
    start: () => {
      if (state.screen.value.name === 'loading') load(null);
      // Fetch the lazy half now, while the host is still sending the token.
      else void loadConnect();
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
    recheck: () => dispatch({ type: 'recheck' }),
    select: (integration) => effects?.select(integration),
    prefetch: (integration) => effects?.prefetch(integration),
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
      state.pending.cancel();
      effects?.dispose();
    },
  };
}
