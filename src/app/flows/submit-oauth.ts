import type { ConnectionResponse } from '../../contract/connect';
import type { ApiFailure } from '../../client/failure';
import type { Result } from '../../client/failure';
import type { WidgetConfig } from '../config/widget-config';
import type { OAuthModel } from '../oauth/oauth-model';
import { oauthRequestFrom } from '../../client/oauth/connect-url';
import type { AuthMode } from '../../client/auth';
import type { GroupedValues } from '../../client/auth';

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
