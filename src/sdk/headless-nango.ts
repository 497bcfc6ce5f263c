import { AuthError, authErrorMessages, usesAuthWindow, type AuthOptions, type AuthSuccess } from '../protocol/nango-auth';
import { Nango as ConnectUINango, type NangoOptions } from './nango';

/** Nango Cloud's API, the default `host` of Nango's SDK. */
const nangoCloud = 'https://api.nango.dev';

/**
 * Drop-in for `@nangohq/frontend`'s `Nango`: `openConnectUI()` (see `./nango`) and `auth()`, the
 * headless flow without the UI. `auth()` loads the headless client on first use, so a page that
 * only opens the Connect UI never downloads it.
 *
 * @example
 * const nango = new Nango({ connectSessionToken, host: 'https://api.example.com' });
 * const { connectionId } = await nango.auth('stripe', { credentials: { apiKey } });
 */
export class Nango extends ConnectUINango {
  private declare readonly settings: NangoOptions;

  constructor(options: NangoOptions = {}) {
    super(options);
    this.settings = options;
  }

  /**
   * Connects the integration `providerConfigKey` for the session: posts `options.credentials`
   * (API key, Basic, TBA, JWT, …), or runs OAuth in a window. Resolves `{ providerConfigKey,
   * connectionId, isPending? }`; rejects with an `AuthError` whose `type` is the API's error code or
   * one of `blocked_by_browser`, `window_closed`, `missing_credentials`. Without a connect session
   * token it throws `missing_auth_token` at once, as Nango's SDK does.
   */
  auth(providerConfigKey: string, options?: AuthOptions): Promise<AuthSuccess>;
  auth(providerConfigKey: string, connectionId: string, options?: AuthOptions): Promise<AuthSuccess>;
  auth(providerConfigKey: string, connectionIdOrOptions?: string | AuthOptions, moreOptions?: AuthOptions): Promise<AuthSuccess> {
    const { connectSessionToken, host, width = 500, height = 600 } = this.settings;
    if (!connectSessionToken) throw new AuthError(authErrorMessages.missing_auth_token, 'missing_auth_token');
    const [connectionId, options = {}] = typeof connectionIdOrOptions === 'string' ? [connectionIdOrOptions, moreOptions] : [undefined, connectionIdOrOptions];
    // The window opens now, within the user's click: browsers (Safari above all) refuse a popup
    // opened after the headless client has loaded. The client navigates it; null means blocked.
    const popup = usesAuthWindow(options) ? openBlankWindow(width, height) : undefined;
    const request = { apiURL: host ?? nangoCloud, sessionToken: connectSessionToken, providerConfigKey, options, popup, ...(connectionId === undefined ? {} : { connectionId }) };
    // The built SDK loads this as `./headless.js` (plugboard/headless), which bundles its own copy
    // of AuthError: failures are re-made here so `instanceof AuthError` holds for this module's class.
    return import('../client/nango-auth').then(
      ({ nangoAuth }) => nangoAuth(request),
      (error: unknown) => {
        popup?.close();
        return Promise.reject(new AuthError(`The headless client did not load: ${String(error)}`, 'unknown_error'));
      },
    ).catch((error: AuthError) => Promise.reject(new AuthError(error.message, error.type)));
  }
}

/** A blank window of the given size, centred on the browser window; null when a blocker refused it. */
function openBlankWindow(width: number, height: number): Window | null {
  const left = Math.round(window.screenX + (window.outerWidth - width) / 2);
  const top = Math.round(window.screenY + (window.outerHeight - height) / 2);
  return window.open('', '_blank', `popup,width=${width},height=${height},left=${left},top=${top}`);
}
