import type { ConnectUI } from './connect-ui';
import { openConnectUI } from './open-connect-ui';
import type { ConnectUIOptions } from './options';

/** The constructor options of Nango's frontend `Nango` class that matter to the Connect UI. */
export interface NangoOptions {
  /** The Connect API `auth()` calls (Nango's default: Nango Cloud's). */
  host?: string;
  connectSessionToken?: string;
  websocketsPath?: string;
  /** Size of `auth()`'s OAuth window (500×600). */
  width?: number;
  height?: number;
  debug?: boolean;
}

/**
 * Drop-in for `@nangohq/frontend`'s `Nango` when only the Connect UI is used: swap the import and
 * pass `baseURL`, the address of your Plugboard widget (Nango's default is its own hosted UI).
 * This is the script-tag build's `Nango`; the ES module's (`./headless-nango`) adds `auth()`.
 *
 * @example
 * const nango = new Nango({ connectSessionToken });
 * nango.openConnectUI({ baseURL: 'https://connect.example.com/', onEvent });
 */
export class Nango {
  // `declare`d and set in the constructor, its token in the closure: see ConnectUI.
  /** Opens the widget at once with this instance's token (a `sessionToken` in `options` wins). */
  declare readonly openConnectUI: (options: ConnectUIOptions) => ConnectUI;

  constructor(options?: NangoOptions) {
    this.openConnectUI = (ui) => openConnectUI({ sessionToken: options?.connectSessionToken, ...ui });
  }
}
