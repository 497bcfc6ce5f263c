import type { ApiFailure } from '../../client/failure';
import type { Integration, Provider } from '../../contract/connect';
import type { ConnectionResult } from '../../protocol/messages';

/** The integration being connected, with its provider definition once loaded. */
export interface Target {
  integration: Integration;
  provider: Provider;
}

/** What failed, so "Try again" knows what to redo. */
export type FailedStep = 'load' | 'openForm' | 'submit';

/**
 * Where an OAuth sign-in stands: the popup is opening, shows the provider (or the tab is on its way
 * there), has taken long, was blocked, or reads as closed.
 */
export type OAuthPhase = 'opening' | 'waiting' | 'slow' | 'blocked' | 'closed';

/**
 * The widget's one state: exactly one screen at a time, each carrying what it shows. The screen
 * changes only in `machine.ts`, to what the pure `transition` in `transition.ts` decides.
 */
export type Screen =
  | { name: 'awaitingToken' }
  | { name: 'loading' }
  | { name: 'list' }
  | { name: 'openingForm'; integration: Integration }
  | { name: 'form'; target: Target }
  | { name: 'submitting'; target: Target }
  /** An OAuth sign-in runs in a popup (or the tab went through the provider). */
  | { name: 'oauth'; target: Target; phase: OAuthPhase }
  | { name: 'success'; target: Target; result: ConnectionResult }
  /** OAuth in an app's web view: why a sign-in window cannot work there, and the ways out. */
  | { name: 'inAppBrowser'; target: Target }
  /** The session's link (QR code and text) for another device, while watching for its connection. */
  | { name: 'handoff'; target: Target }
  | { name: 'failure'; failure: ApiFailure; step: FailedStep; integration: Integration | null; target: Target | null }
  /**
   * The token no longer works. `isMalformed`: it never could (not an expiry); `hasWaited`: the host
   * sent no new token in time, so the user is told what to do.
   */
  | { name: 'expired'; resumeTo: Screen; isMalformed: boolean; hasWaited: boolean }
  | { name: 'noToken' }
  | { name: 'fatal'; failure: ApiFailure };

export type ScreenName = Screen['name'];
