import { isSessionFailure, type ApiFailure } from '../api/api-failure';
import type { Integration } from '../api/api-schemas';
import type { FailedStep, Screen } from './screen';

/** Where the widget starts: a connect link carries its token; a framed widget waits for the host. */
export function initialScreen({ hasToken, isTopLevel }: { hasToken: boolean; isTopLevel: boolean }): Screen {
  if (hasToken) return { name: 'loading' };
  return isTopLevel ? { name: 'noToken' } : { name: 'awaitingToken' };
}

/** No token within the host's grace period: say so (and still accept a late one). */
export function screenOnTokenTimeout(current: Screen): Extract<Screen, { name: 'fatal' }> | null {
  if (current.name !== 'awaitingToken') return null;
  return {
    name: 'fatal',
    failure: { errorType: 'missing_connect_session_token', code: null, message: '', status: null, detail: null },
  };
}

/** The deployment check could not be made (offline): back to waiting, to make it again. */
export function screenOnRecheck(current: Screen): Screen | null {
  return current.name === 'fatal' && current.failure.errorType === 'network_error' ? { name: 'awaitingToken' } : null;
}

/** After session and integrations load: a single integration opens its form at once (also on reconnect). */
export function screenAfterLoad(integrations: readonly Integration[]): Screen {
  const [only] = integrations;
  return integrations.length === 1 && only ? { name: 'openingForm', integration: only } : { name: 'list' };
}

/** A failure at any step: an expired session is its own screen, remembering where the user was. */
export function screenAfterFailure(current: Screen, failure: ApiFailure, step: FailedStep): Screen {
  if (isSessionFailure(failure)) {
    return { name: 'expired', resumeTo: resumePoint(current), isMalformed: failure.errorType === 'invalid_session_token', hasWaited: false };
  }
  const target = 'target' in current ? current.target : null;
  const integration = target?.integration ?? ('integration' in current ? current.integration : null);
  return { name: 'failure', failure, step, integration, target };
}

/** The screen to come back to once a fresh token arrives. A submit in flight comes back as its form. */
export function resumePoint(screen: Screen): Screen {
  switch (screen.name) {
    case 'submitting':
      return { name: 'form', target: screen.target };
    case 'expired':
      return screen.resumeTo;
    case 'failure':
      return screen.target ? { name: 'form', target: screen.target } : { name: 'list' };
    case 'form':
    case 'openingForm':
    case 'list':
      return screen;
    default:
      return { name: 'loading' };
  }
}

/** A token arriving: starts the widget, resumes an expired one, and is otherwise just kept. */
export function screenOnToken(current: Screen): Screen | null {
  switch (current.name) {
    case 'awaitingToken':
    case 'noToken':
    case 'expired':
      return { name: 'loading' };
    case 'fatal':
      return current.failure.errorType === 'missing_connect_session_token' ? { name: 'loading' } : null;
    default:
      return null;
  }
}

/** Back leads to the list, from a form or a failure, when there is a list to go back to. */
export function screenOnBack(current: Screen, hasList: boolean): Screen | null {
  if (!hasList) return null;
  const canGoBack = current.name === 'form' || current.name === 'openingForm' || current.name === 'failure';
  return canGoBack ? { name: 'list' } : null;
}

/** Screens where the user has typed something that leaving would throw away. */
export function holdsUserInput(screen: Screen): boolean {
  return screen.name === 'form' || screen.name === 'submitting' || (screen.name === 'failure' && screen.step === 'submit');
}
