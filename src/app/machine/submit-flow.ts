import type { ConnectionResponse } from '../api/api-schemas';
import type { ConnectionResult } from '../../protocol/messages';
import { submitConnection } from '../flows/submit-connection';
import { oauthModelFor } from './widget-oauth';
import type { Target } from './screen';
import type { FormModel } from '../form/form-model';
import { showFailure } from './show-failure';
import type { WidgetState } from './state';

/** The `connect` event payload: Nango's shape, plus `isReconnect` on reconnect sessions. */
export function connectionResult(response: ConnectionResponse, isReconnect: boolean): ConnectionResult {
  const result: ConnectionResult = { providerConfigKey: response.providerConfigKey, connectionId: response.connectionId };
  if (response.isPending !== undefined) result.isPending = response.isPending;
  if (isReconnect) result.isReconnect = true;
  return result;
}

/**
 * Submits the form on screen. Runs synchronously up to the request, so an OAuth popup opened by
 * the submit path keeps the click's user gesture.
 */
export function createSubmit(state: WidgetState): (form: FormModel, target: Target) => Promise<void> {
  const { api, config, token, emit } = state.deps;

  return async (form, target) => {
    form.revealIssues();
    if (!form.isValid.value || config.isPreview) return;
    state.screen.value = { name: 'submitting', target };
    const signal = state.pending.begin();
    const oauth = () => oauthModelFor(state);
    const attempt = submitConnection(
      { api, config, session: state.session.value, token: token.value ?? '', signal, oauth },
      { provider: target.provider, providerConfigKey: target.integration.unique_key, values: form.values.value, externalId: form.spec.externalId },
    );
    const outcome = await attempt;
    const screen = state.screen.value;
    if (screen.name !== 'submitting' || screen.target !== target) return; // the user left meanwhile
    state.pending.end();
    // Cancelling a sign-in or a slow submit is the user's choice: back to their filled form.
    if (!outcome.ok && outcome.failure.isCancelled) return void (state.screen.value = { name: 'form', target });
    if (!outcome.ok) return showFailure(state, outcome.failure, 'submit');
    const result = connectionResult(outcome.value, state.session.value?.isReconnecting === true);
    form.markClean();
    state.screen.value = { name: 'success', target, result };
    emit({ type: 'connect', payload: result });
  };
}
