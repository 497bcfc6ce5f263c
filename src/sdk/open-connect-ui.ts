import { ConnectUI } from './connect-ui';
import type { ConnectUIOptions } from './options';

/**
 * Opens the widget at once (the loader shows while the token is on its way).
 *
 * @example
 * const ui = openConnectUI({ apiURL, onEvent });
 * ui.setSessionToken(token);
 */
export function openConnectUI(options: ConnectUIOptions = {}): ConnectUI {
  const ui = new ConnectUI(options);
  ui.open();
  return ui;
}
