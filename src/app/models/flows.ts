import { effect } from '@preact/signals';
import type { Integration } from '../../contract/connect';
import type { LoadGets } from '../../client/early-get';
import type { Screen } from '../state/screen';
import { createHandoffFlow, type HandoffFlow } from '../handoff/handoff-flow';
import { stepEventsTo, wantsStepEvents, watchSearch } from '../telemetry/step-events';
import { createTelemetry, viewOf, type Track } from '../telemetry/telemetry';
import { createFormFlow } from './form-flow';
import { createListModel, type ListModel } from './list-model';
import { createLoadFlow } from './load-flow';
import { watchStrandedWait } from './stranded-wait';
import { createSubmit } from './submit-flow';
import type { WidgetState } from './widget-state';

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
  /** Continue on another device, and the in-app browser's explanation before an OAuth submit. */
  handoff: HandoffFlow;
}

const waitingScreens: ReadonlyArray<Screen['name']> = ['awaitingToken', 'loading'];
// A frame the browser does not render (hidden) never paints nor idles: beacons do not wait for ever.
const longestHoldMs = 1_000;

/** Once the frame after `now` is painted and the thread is idle (at most `longestHoldMs`). */
function whenPaintedAndIdle(then: () => void): void {
  setTimeout(then, longestHoldMs);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: longestHoldMs });
    else setTimeout(then);
  });
}

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
 * Sends the step beacons (and, to a host that asked, step events): `open` now, and a `view:` one
 * each time a new view shows.
 */
function startTelemetry(state: WidgetState): void {
  const { config, token } = state.deps;
  const telemetry = createTelemetry({ apiURL: config.apiURL, token: () => token.value, isEnabled: config.telemetry && !config.isPreview, held: holdUntilFirstScreen(state) });
  const emit = state.deps.emit;
  const step = wantsStepEvents(config) ? stepEventsTo(emit) : null;
  const track: Track = (event, integration) => {
    telemetry.track(event, integration);
    step?.(event, integration);
  };
  state.track = track;
  track('open');
  // The user closing the widget (✕, Escape, Done) is the one `close` the widget emits.
  state.deps.emit = (message) => {
    if (message.type === 'close') {
      const screen = state.screen.value;
      const integration = 'target' in screen ? screen.target?.integration : 'integration' in screen ? screen.integration : null;
      track(screen.name === 'success' ? 'click:finish' : 'click:close', integration?.unique_key);
      telemetry.sendNow(); // the frame may go at once: nothing waits any longer
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
  const handoff = createHandoffFlow(state, submitForm);
  const list = createListModel(state.integrations);
  if (wantsStepEvents(state.deps.config)) watchSearch(list, state.deps.emit);
  return {
    load: loader.load,
    retryLoad: loader.retryLoad,
    openForm: forms.openForm,
    select: (integration) => {
      state.track?.('click:integration', integration.unique_key);
      void forms.openForm(integration);
    },
    prefetch: (integration) => forms.prefetch(integration.provider),
    list,
    handoff,
    submit: () => {
      const screen = state.screen.value;
      const form = screen.name === 'form' ? state.forms.get(screen.target.integration.unique_key) : undefined;
      if (screen.name !== 'form' || !form) return;
      state.track?.('click:connect', screen.target.integration.unique_key);
      if (!handoff.interceptSubmit(screen.target)) void submitForm(form, screen.target);
    },
  };
}
