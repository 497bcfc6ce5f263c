import type { Integration, Provider } from '../api/api-schemas';
import type { Result } from '../api/result';
import { buildForm } from '../form/build-form';
import type { Target } from './screen';
import { createFormModel } from '../form/form-model';
import { showFailure } from './show-failure';
import { untilAborted } from './until-aborted';
import type { WidgetState } from './state';

// Nango's UI fetches only the chosen provider. We fetch one as soon as the user shows interest
// in it (see IntegrationRow), but speculatively at most this many per session: a keyboard user
// tabbing down a long list must not multiply the load on the API. A choice is always fetched.
const speculativeLimit = 8;

export interface FormFlow {
  providerFor: (providerKey: string) => Promise<Result<Provider>>;
  /** A speculative fetch: once per provider, at most `speculativeLimit` per session. */
  prefetch: (providerKey: string) => void;
  openForm: (integration: Integration) => Promise<void>;
}

export function createFormFlow(state: WidgetState): FormFlow {
  const { api, newExternalId } = state.deps;
  let latest = 0;
  let speculative = 0;

  function providerFor(providerKey: string): Promise<Result<Provider>> {
    const cached = state.providers.get(providerKey);
    if (cached) return cached;
    const request = api.getProvider(providerKey).then((result) => {
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
    const spec = buildForm({
      ...target,
      session: state.session.value,
      newExternalId: () => previous?.spec.externalId ?? newExternalId(),
    });
    state.forms.set(key, createFormModel(spec, previous?.values.value));
  }

  async function openForm(integration: Integration): Promise<void> {
    const run = ++latest;
    state.screen.value = { name: 'openingForm', integration };
    const result = await untilAborted(providerFor(integration.provider), state.pending.begin());
    if (run !== latest || state.screen.value.name !== 'openingForm') return;
    state.pending.end();
    if (!result.ok) return showFailure(state, result.failure, 'openForm');
    const target = { integration, provider: result.value };
    prepareForm(target);
    state.screen.value = { name: 'form', target };
  }

  return {
    providerFor,
    prefetch: (providerKey) => {
      if (state.providers.has(providerKey) || speculative >= speculativeLimit) return;
      speculative += 1;
      void providerFor(providerKey);
    },
    openForm,
  };
}
