import { computed, type ReadonlySignal } from '@preact/signals';
import type { Integration } from '../api/api-schemas';
import type { ConnectUISettings } from '../../protocol/messages';
import type { ConnectModule } from '../connect-module';
import type { Screen } from '../state/screen';
import { screenOnToken, screenOnTokenTimeout } from '../state/transitions';
import { createFormFlow } from './form-flow';
import type { FormModel } from './form-model';
import { createLeaveFlow, type LeaveFlow } from './leave-flow';
import { createListModel, type ListModel } from './list-model';
import { loadConnect } from './load-connect';
import { createLoadFlow } from './load-flow';
import type { PendingModel } from './pending-model';
import { errorPayloadFor } from './show-failure';
import { createSubmit } from './submit-flow';
import { createWidgetState, type LeaveIntent, type WidgetDeps } from './widget-state';

export interface WidgetModel extends LeaveFlow {
  screen: ReadonlySignal<Screen>;
  confirmLeave: ReadonlySignal<LeaveIntent | null>;
  /** The lazily loaded screens, once loaded. */
  views: ReadonlySignal<ConnectModule | null>;
  pending: PendingModel;
  list: ListModel;
  /** Whether Back leads to a list (not in single-integration sessions). */
  hasList: ReadonlySignal<boolean>;
  integrationCount: ReadonlySignal<number>;
  isReconnect: ReadonlySignal<boolean>;
  start: () => void;
  receiveToken: (token: string) => void;
  receiveSettings: (settings: ConnectUISettings) => void;
  tokenTimedOut: () => void;
  select: (integration: Integration) => void;
  prefetch: (integration: Integration) => void;
  formFor: (integration: Integration) => FormModel | undefined;
  submit: () => void;
  retry: () => void;
}

/** The widget as one state machine: a screen signal and the verbs that move it. */
export function createWidgetModel(deps: WidgetDeps): WidgetModel {
  const state = createWidgetState(deps);
  const forms = createFormFlow(state);
  const loader = createLoadFlow(state, forms);
  const submitForm = createSubmit(state);
  const leave = createLeaveFlow(state, forms);

  function receiveToken(token: string): void {
    const isNew = token !== deps.token.value;
    deps.token.value = token;
    const current = state.screen.value;
    const next = screenOnToken(current);
    if (!next || (!isNew && current.name !== 'awaitingToken')) return;
    void loader.load(current.name === 'expired' ? current.resumeTo : null);
  }

  function retry(): void {
    const screen = state.screen.value;
    if (screen.name !== 'failure') return;
    if (screen.step === 'load') void loader.retryLoad();
    else if (screen.step === 'openForm' && screen.integration) void forms.openForm(screen.integration);
    else if (screen.target) state.screen.value = { name: 'form', target: screen.target };
  }

  return {
    ...leave,
    screen: state.screen,
    confirmLeave: state.confirmLeave,
    views: state.connect,
    pending: state.pending,
    list: createListModel(state.integrations),
    hasList: computed(() => state.integrations.value.length > 1),
    integrationCount: computed(() => state.integrations.value.length),
    isReconnect: computed(() => state.session.value?.isReconnecting === true),
    start: () => {
      if (state.screen.value.name === 'loading') void loader.load();
      // Fetch the lazy half now, while the host is still sending the token.
      else void loadConnect(state);
    },
    receiveToken,
    receiveSettings: (settings) => {
      if (deps.config.isPreview) deps.applySettings(settings);
    },
    tokenTimedOut: () => {
      const next = screenOnTokenTimeout(state.screen.value);
      if (!next) return;
      state.screen.value = next;
      deps.emit({ type: 'error', payload: errorPayloadFor(next.failure, '') });
    },
    select: (integration) => void forms.openForm(integration),
    prefetch: (integration) => void forms.providerFor(integration.provider),
    formFor: forms.formFor,
    submit: () => {
      const screen = state.screen.value;
      const form = screen.name === 'form' ? forms.formFor(screen.target.integration) : undefined;
      if (screen.name === 'form' && form) void submitForm(form, screen.target);
    },
    retry,
  };
}
