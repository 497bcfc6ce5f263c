import { AuthError, authErrorMessages, usesAuthWindow, type AuthOptions, type AuthSuccess } from '../protocol/nango-auth';

// `Nango.auth()` of the SDK's ES module, loaded on its first call: Nango's `auth()` options mapped
// onto the headless client's `connect` / `authorize`, and the client's failures onto Nango's
// `AuthError`.

export interface NangoAuthRequest {
  apiURL: string;
  sessionToken: string;
  providerConfigKey: string;
  connectionId: string | undefined;
  options: AuthOptions;
  /** The blank window the SDK opened within the user's click (OAuth only); null: a blocker refused it. */
  popup: Window | null | undefined;
}

/** Form values keyed `group.name`, as the client's `connect` takes them. Only strings travel: the form has no other kind. */
export function connectValues(options: AuthOptions): Record<string, string> {
  const values: Record<string, string> = {};
  const add = (group: string, record: Record<string, unknown> | undefined) => {
    for (const [name, value] of Object.entries(record ?? {})) if (typeof value === 'string') values[`${group}.${name}`] = value;
  };
  // `type` names the auth mode; the client takes it from the integration instead.
  const { type: _mode, ...credentials }: Record<string, unknown> = options.credentials ?? {};
  add('credentials', credentials);
  add('params', options.params);
  add('assertion_option', options.assertionOption);
  return values;
}

export function nangoAuth(request: NangoAuthRequest): Promise<AuthSuccess> {
  if (usesAuthWindow(request.options) && !request.popup) {
    return Promise.reject(new AuthError(authErrorMessages.blocked_by_browser, 'blocked_by_browser'));
  }
  return Promise.reject(new AuthError('not yet', 'unknown_error'));
}
