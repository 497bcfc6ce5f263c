import type { ConnectionResult } from '../../protocol/messages';
import type { ApiFailure } from '../../client/failure';
import type { Integration } from '../../contract/connect';
import type { FailedStep, Screen, Target } from './screen';

/** Everything that can happen to the widget. `machine.ts` dispatches them; `transition` decides the screen. */
export type MachineEvent =
  /** A session token arrived; `isNew`: it differs from the one held. */
  | { type: 'token'; isNew: boolean }
  /** No token within the host's grace period. */
  | { type: 'tokenTimeout' }
  /** The widget cannot run (its deployment refused the API, or the network failed its check): final, until a `recheck`. */
  | { type: 'refused'; failure: ApiFailure }
  /** The refusal was only the network's: back to the `first` screen while the deployment is checked again. */
  | { type: 'recheck'; first: Screen }
  /** Session and integrations arrived; `resumeTo` is where an expired session left the user. */
  | { type: 'loaded'; integrations: readonly Integration[]; resumeTo: Screen | null }
  /** The user picked an integration (or a resumed flow names one). */
  | { type: 'choose'; integration: Integration }
  /** The chosen integration's provider arrived: its form shows. */
  | { type: 'formReady'; target: Target }
  | { type: 'back'; hasList: boolean }
  /** The form on screen is valid: send it (in an app's web view, an OAuth sign-in explains first). */
  | { type: 'submit'; isInAppBrowser: boolean }
  /** The in-app explanation's "Try here anyway": the sign-in it held back goes. */
  | { type: 'continueHere' }
  /** "Continue on another device": the session's link, while watching for its connection. */
  | { type: 'handoff' }
  /** Back from the handoff or the in-app explanation to the form. */
  | { type: 'handoffBack' }
  /** The other device connected (`integration`: the one it connected), seen once by the watch. */
  | { type: 'handoffConnected'; integration: Integration; result: ConnectionResult }
  /** An OAuth window opened (`opening`), or the tab is leaving for the provider (`waiting`). */
  | { type: 'oauthStarted'; phase: 'opening' | 'waiting' }
  /** The popup now shows the provider. */
  | { type: 'oauthNavigated' }
  | { type: 'popupBlocked' }
  /** The popup reads as closed; `isReported`: the host hears of it (else it only looks slow). */
  | { type: 'popupClosed'; isReported: boolean }
  /** The sign-in has taken long: "Still waiting?". */
  | { type: 'oauthSlow' }
  /** From a click: the same OAuth flow in a new window (or through this tab). */
  | { type: 'reopen' }
  /** The user stops waiting for a request or a sign-in. */
  | { type: 'cancel' }
  | { type: 'submitted'; result: ConnectionResult }
  /** `from`: the screen the user was on when the step began (a load resuming an expired session). */
  | { type: 'failed'; failure: ApiFailure; step: FailedStep; from?: Screen }
  /** An expired session waited in vain for the host's new token. */
  | { type: 'expiredWaited' }
  | { type: 'retry' }
  | { type: 'close' };

/** Where the widget starts: a connect link carries its token; a framed widget waits for the host. */
export function initialScreen({ hasToken, isTopLevel }: { hasToken: boolean; isTopLevel: boolean }): Screen {
  if (hasToken) return { name: 'loading' };
  return isTopLevel ? { name: 'noToken' } : { name: 'awaitingToken' };
}

const missingToken: ApiFailure = { errorType: 'missing_connect_session_token', code: null, message: '', status: null, detail: null };

/** The integration a screen is about, if any. */
export function integrationOn(screen: Screen): Integration | null {
  if ('target' in screen && screen.target) return screen.target.integration;
  return 'integration' in screen ? screen.integration : null;
}

/**
 * A failure: a failure screen that knows its step and integration. Before the lazy half is there
 * only its own load can fail, never on a session; the lazy half's `connectTransition` turns a
 * session's failure into the expired screen, remembering where the user was.
 */
function screenAfterFailure(current: Screen, failure: ApiFailure, step: FailedStep): Screen {
  const target = 'target' in current ? current.target : null;
  return { name: 'failure', failure, step, integration: integrationOn(current), target };
}

/**
 * After session and integrations load: back where an expired session left the user (a form opened
 * afresh, so it sees the new session), else a single integration's form at once, else the list.
 */
function screenAfterLoad(integrations: readonly Integration[], resumeTo: Screen | null): Screen {
  const wanted = resumeTo ? (resumeTo.name === 'form' || resumeTo.name === 'openingForm' ? integrationOn(resumeTo) : null) : integrations.length === 1 ? integrations[0] : null;
  const stillThere = wanted && integrations.find((item) => item.unique_key === wanted.unique_key);
  return stillThere ? { name: 'openingForm', integration: stillThere } : { name: 'list' };
}

/** A token: starts the widget, resumes an expired one, or recovers from "no token in time". */
function screenOnToken(current: Screen): Screen | null {
  const { name } = current;
  const starts = name === 'awaitingToken' || name === 'noToken' || name === 'expired';
  return starts || (name === 'fatal' && current.failure.errorType === 'missing_connect_session_token') ? { name: 'loading' } : null;
}

/**
 * The screen after `event`, or null when it stays; pure. These are the events of the first screen
 * (token, deployment check, the list loaded, a row chosen, Back, failures, Try again); the lazy
 * half's `connectTransition` adds the rest
 * and takes over once loaded, so the first chunk stays within its byte budget.
 */
export function transition(current: Screen, event: MachineEvent): Screen | null {
  switch (event.type) {
    case 'token':
      // The same token again only wakes a widget still waiting for one.
      return event.isNew || current.name === 'awaitingToken' ? screenOnToken(current) : null;
    case 'tokenTimeout':
      return current.name === 'awaitingToken' ? { name: 'fatal', failure: missingToken } : null;
    case 'refused':
      // Failing again as the screen already says (a check the network fails again) is no news.
      return current.name === 'fatal' && current.failure.errorType === event.failure.errorType ? null : { name: 'fatal', failure: event.failure };
    case 'recheck':
      return current.name === 'fatal' && current.failure.errorType === 'network_error' ? event.first : null;
    case 'loaded':
      return screenAfterLoad(event.integrations, event.resumeTo);
    case 'choose':
      return { name: 'openingForm', integration: event.integration };
    case 'back': {
      // Back leads to the list, from a form or a failure, when there is a list to go back to.
      const canGoBack = current.name === 'form' || current.name === 'openingForm' || current.name === 'failure';
      return event.hasList && canGoBack ? { name: 'list' } : null;
    }
    case 'failed':
      return screenAfterFailure(event.from ?? current, event.failure, event.step);
    case 'retry':
      if (current.name !== 'failure') return null;
      if (current.step === 'load') return { name: 'loading' };
      if (current.step === 'openForm' && current.integration) return { name: 'openingForm', integration: current.integration };
      return current.target ? { name: 'form', target: current.target } : null;
    default:
      return null;
  }
}
