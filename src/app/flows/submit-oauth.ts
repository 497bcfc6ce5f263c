import type { ConnectionResponse } from '../api/api-schemas';
import type { ApiFailure } from '../api/api-failure';
import type { Result } from '../api/result';
import type { WidgetConfig } from '../boot/widget-config';
import type { OAuthModel } from '../machine/oauth';
import { oauthRequestFrom } from '../oauth/oauth-submission';
import type { AuthMode } from './auth-mode';
import type { GroupedValues } from './form-values';

/** Everything an OAuth-family flow needs. */
export interface OAuthSubmission {
  authMode: AuthMode;
  providerConfigKey: string;
  /** The provider's catalogue key (the popup's size may depend on it). */
  provider: string;
  /** The widget's OAuth flow (`src/app/oauth`), made on first use. */
  oauth: () => OAuthModel;
  token: string;
  values: GroupedValues;
  config: WidgetConfig;
  /** The session's `websocketsPath` (non-cloud Nango deployments). */
  websocketsPath: string | null;
  /** Aborted when the user cancels or leaves. */
  signal: AbortSignal;
}

export function unsupportedFailure(): ApiFailure {
  return { errorType: 'unknown_error', code: 'unsupported_auth_mode', message: '', status: null, detail: null };
}

/**
 * The OAuth family (OAUTH2, OAUTH1, APP, CUSTOM, MCP_OAUTH2, MCP_OAUTH2_GENERIC, INSTALL_PLUGIN)
 * plugs in here. It is called synchronously from the submit click (no `await` before it), so a
 * popup opened here keeps the user gesture and is not blocked.
 */
export function submitOAuth(submission: OAuthSubmission): Promise<Result<ConnectionResponse>> {
  return submission.oauth().start({
    request: oauthRequestFrom(submission.providerConfigKey, submission.provider, submission.values),
    sessionToken: submission.token,
    websocketsPath: submission.websocketsPath ?? undefined,
    signal: submission.signal,
  });
}
