import type { Integration } from '../api/api-schemas';
import type { LoadGets } from '../api/early-get';
import type { Screen } from '../state/screen';
import { createFormFlow } from './form-flow';
import { createListModel, type ListModel } from './list-model';
import { createLoadFlow } from './load-flow';
import { createSubmit } from './submit-flow';
import type { WidgetState } from './widget-state';

/** The verbs that need the API: they arrive with the lazily loaded half of the widget. */
export interface Flows {
  /** `early`: the GETs already sent when the token arrived (a retry sends its own). */
  load: (resumeTo: Screen | null, early?: LoadGets) => Promise<void>;
  retryLoad: () => Promise<void>;
  openForm: (integration: Integration) => Promise<void>;
  prefetch: (integration: Integration) => void;
  submit: () => void;
  list: ListModel;
}

export function createFlows(state: WidgetState): Flows {
  const forms = createFormFlow(state);
  const loader = createLoadFlow(state, forms);
  const submitForm = createSubmit(state);
  return {
    load: loader.load,
    retryLoad: loader.retryLoad,
    openForm: forms.openForm,
    prefetch: (integration) => forms.prefetch(integration.provider),
    list: createListModel(state.integrations),
    submit: () => {
      const screen = state.screen.value;
      const form = screen.name === 'form' ? state.forms.get(screen.target.integration.unique_key) : undefined;
      if (screen.name === 'form' && form) void submitForm(form, screen.target);
    },
  };
}
