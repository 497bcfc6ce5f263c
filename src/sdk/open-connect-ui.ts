import { ConnectUI } from './connect-ui';
import type { ConnectUIOptions } from './options';

/**
 * Opens the widget at once (the loader shows while the token is on its way). Throws a `TypeError`
 * when `baseURL` is missing.
 *
 * @example
 * const ui = openConnectUI({ baseURL: 'https://connect.example.com/', onEvent });
 * ui.setSessionToken(token);
 */
export function openConnectUI(options: ConnectUIOptions): ConnectUI {
  const ui = new ConnectUI(options);
  ui.open();
  return ui;
}
