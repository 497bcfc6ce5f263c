import type { FormFlow } from './form-flow';
import { errorPayloadFor, showFailure } from './show-failure';
import { connectionResult } from './submit-flow';
import type { WidgetState } from './state';
import { sessionStorageOf } from './browser-oauth';
import { resumeOAuth } from '../oauth/resume-oauth';
import { oauthEnvironmentOf } from './widget-oauth';

/**
 * The widget the host reopened with `resume: true` after a redirect-mode OAuth flow: shows that
 * flow's outcome on its integration's screen and tells the host, once (the pending flow is
 * consumed). Without a pending flow in this tab, nothing happens.
 */
export async function resumeInWidget(state: WidgetState, forms: FormFlow): Promise<void> {
  const { config, emit } = state.deps;
  const { window } = oauthEnvironmentOf(state);
  const fetch: typeof globalThis.fetch = (input, init) => window.fetch(input, init);
  const resumed = await resumeOAuth({ storage: sessionStorageOf(window), apiURL: config.apiURL, fetch });
  if (!resumed) return;
  const { result } = resumed;
  const isReconnect = state.session.value?.isReconnecting === true;
  const integration = state.integrations.value.find((item) => item.unique_key === resumed.providerConfigKey);
  if (integration) await forms.openForm(integration);
  const screen = state.screen.value;
  if (screen.name !== 'form' || screen.target.integration !== integration) {
    // No screen to show it on (the integration left the session): the host still hears of it.
    const name = resumed.providerConfigKey;
    emit(result.ok ? { type: 'connect', payload: connectionResult(result.value, isReconnect) } : { type: 'error', payload: errorPayloadFor(result.failure, name) });
    return;
  }
  if (!result.ok) return showFailure(state, result.failure, 'submit');
  const payload = connectionResult(result.value, isReconnect);
  state.screen.value = { name: 'success', target: screen.target, result: payload };
  emit({ type: 'connect', payload });
}
