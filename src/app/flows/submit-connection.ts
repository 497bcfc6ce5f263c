import type { ApiClient } from '../api/api-client';
import type { ConnectionResponse, Session } from '../api/api-schemas';
import { failed, type Result } from '../api/result';
import type { WidgetConfig } from '../boot/widget-config';
import type { OAuthModel } from '../machine/oauth';
import { planSubmission, type Submission } from './plan-submission';
import { submitOAuth, unsupportedFailure } from './submit-oauth';

export interface SubmitContext {
  api: ApiClient;
  config: WidgetConfig;
  session: Session | null;
  token: string;
  signal: AbortSignal;
  /** The widget's OAuth flow, made on first use. */
  oauth: () => OAuthModel;
}

/** Sends one connection attempt by the provider's auth mode. Never rejects. */
export function submitConnection(context: SubmitContext, submission: Submission): Promise<Result<ConnectionResponse>> {
  const plan = planSubmission(submission, context.token);
  switch (plan.kind) {
    case 'direct':
      return context.api.postAuth(plan.request, context.signal);
    case 'oauth':
      return submitOAuth({
        authMode: plan.authMode,
        providerConfigKey: submission.providerConfigKey,
        provider: submission.provider.name ?? '',
        oauth: context.oauth,
        token: context.token,
        values: plan.values,
        config: context.config,
        websocketsPath: context.session?.websocketsPath ?? null,
        signal: context.signal,
      });
    case 'unsupported':
      return Promise.resolve(failed(unsupportedFailure()));
    default:
      return plan satisfies never;
  }
}
