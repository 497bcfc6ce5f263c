import type { Integration, Session } from '../api/api-schemas';
import type { LoadGets } from '../api/early-get';
import { prepareOAuth } from './prepare-oauth';
import type { Screen } from './screen';
import { screenAfterLoad } from './transition';
import type { FormFlow } from './form-flow';
import { showFailure } from './show-failure';
import type { WidgetState } from './state';

export interface LoadFlow {
  /** Loads session and integrations; `resumeTo` is where an expired session left the user. */
  load: (resumeTo?: Screen | null, early?: LoadGets) => Promise<void>;
  /** Where a failed load wanted to go, so "Try again" still resumes there. */
  retryLoad: () => Promise<void>;
}

/** The server filters by `allowed_integrations` too; checking again costs nothing. */
function allowedOnly(integrations: Integration[], session: Session): Integration[] {
  const allowed = session.allowed_integrations;
  return allowed ? integrations.filter((integration) => allowed.includes(integration.unique_key)) : integrations;
}

function integrationOf(screen: Screen): Integration | null {
  if (screen.name === 'form') return screen.target.integration;
  return screen.name === 'openingForm' ? screen.integration : null;
}

export function createLoadFlow(state: WidgetState, forms: FormFlow): LoadFlow {
  const { api, applySettings } = state.deps;
  let latest = 0;
  let resumePending: Screen | null = null;

  /** The list, or a form (opened afresh, so it sees the new session; typed values are kept). */
  function goTo(screen: Screen, integrations: Integration[]): void {
    const integration = integrationOf(screen);
    if (!integration) {
      state.screen.value = { name: 'list' };
      return;
    }
    const stillThere = integrations.find((item) => item.unique_key === integration.unique_key);
    if (stillThere) void forms.openForm(stillThere);
    else state.screen.value = { name: 'list' };
  }

  async function load(resumeTo: Screen | null = null, early?: LoadGets): Promise<void> {
    const run = ++latest;
    resumePending = resumeTo;
    state.screen.value = { name: 'loading' };
    // One round trip: both calls leave together (Nango makes them one after the other).
    const signal = state.pending.begin();
    const [session, integrations] = await Promise.all([api.getSession(signal, early?.session), api.listIntegrations(signal, early?.integrations)]);
    if (run !== latest) return;
    state.pending.end();
    const from = resumeTo ?? undefined;
    if (!session.ok) return showFailure(state, session.failure, 'load', from);
    if (!integrations.ok) return showFailure(state, integrations.failure, 'load', from);
    const list = allowedOnly(integrations.value, session.value);
    state.session.value = session.value;
    state.integrations.value = list;
    state.hasLoaded.value = true;
    resumePending = null;
    applySettings(session.value.connectUISettings);
    goTo(resumeTo ?? screenAfterLoad(list), list);
    // OAuth readiness, and the outcome of a redirect-mode flow this tab came back from.
    prepareOAuth(state, forms);
  }

  return { load, retryLoad: () => load(resumePending) };
}
