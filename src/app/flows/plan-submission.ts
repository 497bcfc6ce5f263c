import type { Provider } from '../api/api-schemas';
import type { AuthRequest } from '../api/api-client';
import { isAuthMode, type AuthMode } from './auth-mode';
import { authQuery } from './auth-query';
import { authRoutes } from './auth-routes';
import { groupValues, type GroupedValues } from './form-values';

export interface Submission {
  provider: Provider;
  /** The integration's unique key (`providerConfigKey` on the wire). */
  providerConfigKey: string;
  /** Form values keyed `group.name`. */
  values: Record<string, string>;
  /** AWS_SIGV4 only: the External ID shown to the user, sent as `params[external_id]`. */
  externalId: string | null;
}

export type SubmissionPlan =
  | { kind: 'direct'; request: AuthRequest }
  | { kind: 'oauth'; authMode: AuthMode; values: GroupedValues }
  | { kind: 'unsupported' };

/** Decides, purely, what a submit sends: the request of a direct call, or the OAuth hand-off. */
export function planSubmission(submission: Submission, token: string): SubmissionPlan {
  const authMode = submission.provider.auth_mode;
  if (!isAuthMode(authMode)) return { kind: 'unsupported' };
  const values = groupValues(submission.values);
  if (authMode === 'AWS_SIGV4' && submission.externalId) values.params.external_id = submission.externalId;
  const route = authRoutes[authMode](values, submission.provider);
  if (route.kind !== 'direct') return route.kind === 'oauth' ? { kind: 'oauth', authMode, values } : route;
  const path = `${route.path}/${encodeURIComponent(submission.providerConfigKey)}`;
  return { kind: 'direct', request: { path, query: authQuery(token, values.params), body: route.body } };
}
