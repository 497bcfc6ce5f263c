import { isSessionFailure, type ApiFailure } from '../../client/failure';
import { screenBeforeHandoff, screenForHandoff, screenOnSubmit } from '../handoff/handoff-transitions';
import type { OAuthPhase, Screen } from './screen';
import { transition, type MachineEvent } from './transition';

/** The screen to come back to once a fresh token arrives. A submit in flight, a handoff or the in-app explanation comes back as its form. */
export function resumePoint(screen: Screen): Screen {
  switch (screen.name) {
    case 'submitting':
    case 'oauth':
    case 'inAppBrowser':
    case 'handoff':
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

/** An expired (or never valid) session is its own screen, remembering where the user was. */
const expiredAfter = (current: Screen, failure: ApiFailure): Screen =>
  ({ name: 'expired', resumeTo: resumePoint(current), isMalformed: failure.errorType === 'invalid_session_token', hasWaited: false });

/** The sign-in moves to `phase`, from the submit that started it or an earlier phase. */
const inOAuth = (current: Screen, phase: OAuthPhase): Screen | null =>
  current.name === 'submitting' || current.name === 'oauth' ? { name: 'oauth', target: current.target, phase } : null;

/**
 * The whole machine's decision, pure: the screen after `event`, or null when it stays. The events
 * only the lazy half's effects cause are decided here; the rest by `transition`.
 */
export function connectTransition(current: Screen, event: MachineEvent): Screen | null {
  switch (event.type) {
    case 'formReady':
      return current.name === 'openingForm' && current.integration.unique_key === event.target.integration.unique_key ? { name: 'form', target: event.target } : null;
    case 'submit':
      if (current.name !== 'form') return null;
      return screenOnSubmit(current.target, { isInAppBrowser: event.isInAppBrowser, isPreview: false }) ?? { name: 'submitting', target: current.target };
    case 'continueHere':
      return current.name === 'inAppBrowser' ? { name: 'submitting', target: current.target } : null;
    case 'handoff':
      return screenForHandoff(current);
    case 'handoffBack':
      return screenBeforeHandoff(current);
    case 'handoffConnected':
      return current.name === 'handoff' ? { name: 'success', target: { integration: event.integration, provider: current.target.provider }, result: event.result } : null;
    case 'oauthStarted':
      return inOAuth(current, event.phase);
    case 'oauthNavigated':
      return current.name === 'oauth' && current.phase === 'opening' ? inOAuth(current, 'waiting') : null;
    case 'popupBlocked':
      return inOAuth(current, 'blocked');
    case 'popupClosed':
      return current.name === 'oauth' ? inOAuth(current, event.isReported ? 'closed' : 'slow') : null;
    case 'oauthSlow':
      return current.name === 'oauth' && (current.phase === 'opening' || current.phase === 'waiting') ? inOAuth(current, 'slow') : null;
    case 'submitted':
      // From the submit in flight, or from the form a resumed redirect-mode flow reports on.
      return current.name === 'submitting' || current.name === 'oauth' || current.name === 'form' ? { name: 'success', target: current.target, result: event.result } : null;
    case 'expiredWaited':
      return current.name === 'expired' && !current.isMalformed ? { ...current, hasWaited: true } : null;
    case 'failed':
      // Cancelling a sign-in or a slow submit is the user's choice: back to their filled form.
      if (event.failure.isCancelled && (current.name === 'submitting' || current.name === 'oauth')) return { name: 'form', target: current.target };
      return isSessionFailure(event.failure) ? expiredAfter(event.from ?? current, event.failure) : transition(current, event);
    default:
      return transition(current, event);
  }
}

/** Screens where the user has typed something that leaving would throw away. */
export function holdsUserInput(screen: Screen): boolean {
  return screen.name === 'form' || screen.name === 'submitting' || screen.name === 'oauth' || (screen.name === 'failure' && screen.step === 'submit');
}
