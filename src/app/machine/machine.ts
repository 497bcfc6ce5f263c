import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ApiFailure } from '../api/api-failure';
import type { Integration } from '../api/api-schemas';
import type { ConnectUISettings } from '../../protocol/messages';
import type { ConnectModule } from '../connect-module';
import type { OAuthModel } from './oauth';
import type { Screen } from './screen';
import { screenOnRecheck, screenOnToken, screenOnTokenTimeout } from './transition';
import type { Flows } from './effects';
import type { FormModel } from '../form/form-model';
import { createLeaveFlow, type LeaveFlow } from './leave-flow';
import type { ListModel } from '../list/list-model';
import { loadConnect } from './load-connect';
import type { PendingModel } from './pending-model';
import { errorPayloadFor, showFailure } from './show-failure';
import { createWidgetState, type LeaveIntent, type WidgetDeps } from './state';

export interface WidgetModel extends LeaveFlow {
  screen: ReadonlySignal<Screen>;
  confirmLeave: ReadonlySignal<LeaveIntent | null>;
  /** The lazily loaded screens, once loaded. */
  views: ReadonlySignal<ConnectModule | null>;
  /** The OAuth flow once an OAuth submit made it: the waiting screen reads it. */
  oauth: ReadonlySignal<OAuthModel | null>;
  pending: PendingModel;
  /** The search and paging of the list, once the lazy half has loaded. */
  list: ReadonlySignal<ListModel | null>;
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
}

/**
 * The widget as one state machine: a screen signal and the verbs that move it. The verbs that
 * talk to the API (`Flows`) arrive with the lazy half, so the first screen does not carry them.
 */
export function createWidgetModel(deps: WidgetDeps): WidgetModel {
  const state = createWidgetState(deps);
  const leave = createLeaveFlow(state);
  const list = signal<ListModel | null>(null);
  const hasRecovered = signal(false);
  let flows: Flows | null = null;

  /** The flows, loading the lazy half first if needed; a chunk that cannot load is a failure screen. */
  async function withFlows(use: (ready: Flows) => void): Promise<void> {
    const module = flows ? null : await loadConnect(state);
    if (module && !module.ok) return showFailure(state, module.failure, 'load');
    if (module?.ok && !flows) {
      flows = module.value.createFlows(state);
      list.value = flows.list;
    }
    if (flows) use(flows);
  }

  function receiveToken(token: string): void {
    const isNew = token !== deps.token.value;
    deps.token.value = token;
    const current = state.screen.value;
    if (!screenOnToken(current) || (!isNew && current.name !== 'awaitingToken')) return;
    const resumeTo = current.name === 'expired' ? current.resumeTo : null;
    // Both screens said "Close this window and try again".
    if (current.name === 'fatal' || (current.name === 'expired' && current.hasWaited)) hasRecovered.value = true;
    state.screen.value = { name: 'loading' };
    const early = deps.sendLoadGets?.();
    void withFlows((ready) => void ready.load(resumeTo, early));
  }

  function refuse(failure: ApiFailure): void {
    state.screen.value = { name: 'fatal', failure };
    deps.emit({ type: 'error', payload: errorPayloadFor(failure, '') });
  }

  function retry(): void {
    const screen = state.screen.value;
    if (screen.name !== 'failure') return;
    const { integration, target } = screen;
    if (screen.step === 'load') void withFlows((ready) => void ready.retryLoad());
    else if (screen.step === 'openForm' && integration) void withFlows((ready) => void ready.openForm(integration));
    else if (target) state.screen.value = { name: 'form', target };
  }

  return {
    ...leave,
    screen: state.screen,
    confirmLeave: state.confirmLeave,
    views: state.connect,
    oauth: state.oauth,
    pending: state.pending,
    list,
    hasList: computed(() => state.integrations.value.length > 1),
    integrationCount: computed(() => state.integrations.value.length),
    isReconnect: computed(() => state.session.value?.isReconnecting === true),
    hasRecovered,
    start: () => {
      if (state.screen.value.name === 'loading') {
        const early = deps.sendLoadGets?.();
        void withFlows((ready) => void ready.load(null, early));
      }
      // Fetch the lazy half now, while the host is still sending the token.
      else void loadConnect(state);
    },
    receiveToken,
    receiveSettings: (settings) => {
      if (deps.config.isPreview) deps.applySettings(settings);
    },
    tokenTimedOut: () => {
      const next = screenOnTokenTimeout(state.screen.value);
      if (next) refuse(next.failure);
    },
    refuse,
    recheck: () => {
      const next = screenOnRecheck(state.screen.value);
      if (next) state.screen.value = next;
    },
    select: (integration) => flows?.select(integration),
    prefetch: (integration) => flows?.prefetch(integration),
    formFor: (integration) => state.forms.get(integration.unique_key),
    submit: () => flows?.submit(),
    retry,
  };
}
