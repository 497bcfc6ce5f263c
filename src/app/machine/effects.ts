import { effect } from '@preact/signals';
import type { Integration } from '../api/api-schemas';
import type { LoadGets } from '../api/early-get';
import type { Screen } from './screen';
import { createTelemetry, viewOf } from '../telemetry/telemetry';
import { createFormFlow } from './form-flow';
import { createListModel, type ListModel } from '../list/list-model';
import { createLoadFlow } from './load-flow';
import { watchStrandedWait } from './stranded-wait';
import { createSubmit } from './submit-flow';
import type { WidgetState } from './state';

/** The verbs that need the API: they arrive with the lazily loaded half of the widget. */
export interface Flows {
  /** `early`: the GETs already sent when the token arrived (a retry sends its own). */
  load: (resumeTo: Screen | null, early?: LoadGets) => Promise<void>;
  retryLoad: () => Promise<void>;
  openForm: (integration: Integration) => Promise<void>;
  /** The user picked an integration in the list. */
  select: (integration: Integration) => void;
  prefetch: (integration: Integration) => void;
  submit: () => void;
  list: ListModel;
}

/** Sends the step beacons: `open` now, and a `view:` one each time a new view shows. */
function startTelemetry(state: WidgetState): void {
  const { config, token } = state.deps;
  const track = createTelemetry({ apiURL: config.apiURL, token: () => token.value, isEnabled: config.telemetry && !config.isPreview });
  state.track = track;
  track('open');
  // The user closing the widget (✕, Escape, Done) is the one `close` the widget emits.
  const emit = state.deps.emit;
  state.deps.emit = (message) => {
    if (message.type === 'close') {
      const screen = state.screen.value;
      const integration = 'target' in screen ? screen.target?.integration : 'integration' in screen ? screen.integration : null;
      track(screen.name === 'success' ? 'click:finish' : 'click:close', integration?.unique_key);
    }
    emit(message);
  };
  let last = '';
  effect(() => {
    const view = viewOf(state.screen.value);
    const key = view ? `${view.event} ${view.integration ?? ''}` : '';
    if (view && key !== last) track(view.event, view.integration);
    last = key;
  });
}

export function createFlows(state: WidgetState): Flows {
  startTelemetry(state);
  watchStrandedWait(state);
  const forms = createFormFlow(state);
  const loader = createLoadFlow(state, forms);
  const submitForm = createSubmit(state);
  return {
    load: loader.load,
    retryLoad: loader.retryLoad,
    openForm: forms.openForm,
    select: (integration) => {
      state.track?.('click:integration', integration.unique_key);
      void forms.openForm(integration);
    },
    prefetch: (integration) => forms.prefetch(integration.provider),
    list: createListModel(state.integrations),
    submit: () => {
      const screen = state.screen.value;
      const form = screen.name === 'form' ? state.forms.get(screen.target.integration.unique_key) : undefined;
      if (screen.name !== 'form' || !form) return;
      state.track?.('click:connect', screen.target.integration.unique_key);
      void submitForm(form, screen.target);
    },
  };
}
