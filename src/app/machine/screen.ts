import type { ApiFailure } from '../api/api-failure';
import type { Integration, Provider } from '../api/api-schemas';
import type { ConnectionResult } from '../../protocol/messages';

/** The integration being connected, with its provider definition once loaded. */
export interface Target {
  integration: Integration;
  provider: Provider;
}

/** What failed, so "Try again" knows what to redo. */
export type FailedStep = 'load' | 'openForm' | 'submit';

/**
 * The widget's one state: exactly one screen at a time, each carrying what it shows. Every
 * transition is a pure function in `transitions.ts`.
 */
export type Screen =
  | { name: 'awaitingToken' }
  | { name: 'loading' }
  | { name: 'list' }
  | { name: 'openingForm'; integration: Integration }
  | { name: 'form'; target: Target }
  | { name: 'submitting'; target: Target }
  | { name: 'success'; target: Target; result: ConnectionResult }
  | { name: 'failure'; failure: ApiFailure; step: FailedStep; integration: Integration | null; target: Target | null }
  /**
   * The token no longer works. `isMalformed`: it never could (not an expiry); `hasWaited`: the host
   * sent no new token in time, so the user is told what to do.
   */
  | { name: 'expired'; resumeTo: Screen; isMalformed: boolean; hasWaited: boolean }
  | { name: 'noToken' }
  | { name: 'fatal'; failure: ApiFailure };

export type ScreenName = Screen['name'];
