import { planSubmission, type Submission } from '../../client/auth';
import { failed, type ApiFailure, type Result } from '../../client/failure';
import type { ApiClient } from '../../client/http';
import { oauthRequestFrom } from '../../client/oauth/connect-url';
import type { ConnectionResponse, Session } from '../../contract/connect';
import type { WidgetConfig } from '../config/widget-config';
import type { OAuthModel } from '../oauth/oauth-model';

export interface SubmitContext {
  api: ApiClient;
  config: WidgetConfig;
  session: Session | null;
  token: string;
  signal: AbortSignal;
  /** The widget's OAuth flow, made on first use. */
  oauth: () => OAuthModel;
}

export function unsupportedFailure(): ApiFailure {
  return { errorType: 'unknown_error', code: 'unsupported_auth_mode', message: '', status: null, detail: null };
}

/**
 * Sends one connection attempt by the provider's auth mode. Never rejects. It is called
 * synchronously from the submit click (no `await` before it), so the OAuth family's popup,
 * opened by `OAuthModel.start`, keeps the user gesture and is not blocked.
 */
export function submitConnection(context: SubmitContext, submission: Submission): Promise<Result<ConnectionResponse>> {
  const plan = planSubmission(submission, context.token);
  switch (plan.kind) {
    case 'direct':
      return context.api.postAuth(plan.request, context.signal);
    case 'oauth':
      return context.oauth().start({
        request: oauthRequestFrom(submission.providerConfigKey, submission.provider.name ?? '', plan.values),
        sessionToken: context.token,
        websocketsPath: context.session?.websocketsPath,
        signal: context.signal,
      });
    case 'unsupported':
      return Promise.resolve(failed(unsupportedFailure()));
    default:
      return plan satisfies never;
  }
}
