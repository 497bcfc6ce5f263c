import { planSubmission, type Submission } from '../../client/auth';
import type { PendingGet } from '../../client/early-get';
import { failed, type ApiFailure, type Result } from '../../client/failure';
import { buildForm, type FormInput, type FormSpec } from '../../client/form';
import type { ApiClient } from '../../client/http';
import { oauthRequestFrom, type OAuthRequest } from '../../client/oauth/oauth-request';
import type { ConnectionResponse, Integration, Provider, Session } from '../../contract/connect';

// The one door from the machine's effects to the API: every call the effects make is a method of
// `ConnectCalls`, built here over the headless client's modules (src/client: the API client with
// its early GETs, the form as data, auth routing). The OAuth windows' door is `OAuthCalls`
// (oauth-calls.ts), in the OAuth chunk. Nothing of the transport is copied into the widget.

export interface ConnectCalls {
  session: (signal: AbortSignal, early?: PendingGet) => Promise<Result<Session>>;
  integrations: (signal: AbortSignal, early?: PendingGet) => Promise<Result<Integration[]>>;
  provider: (providerKey: string) => Promise<Result<Provider>>;
  /** The provider's form as data: fields, presets, validation. */
  form: (input: FormInput) => FormSpec;
  /** Sends a direct (non-OAuth) connection; for the OAuth family, the request to authorize instead. */
  connect: (submission: Submission, token: string, signal: AbortSignal) => { oauth: OAuthRequest } | { result: Promise<Result<ConnectionResponse>> };
}

const unsupportedFailure = (): ApiFailure => ({ errorType: 'unknown_error', code: 'unsupported_auth_mode', message: '', status: null, detail: null });

export function createConnectCalls(api: ApiClient): ConnectCalls {
  return {
    session: (signal, early) => api.getSession(signal, early),
    integrations: (signal, early) => api.listIntegrations(signal, early),
    provider: (providerKey) => api.getProvider(providerKey),
    form: buildForm,
    connect: (submission, token, signal) => {
      const plan = planSubmission(submission, token);
      if (plan.kind === 'oauth') return { oauth: oauthRequestFrom(submission.providerConfigKey, submission.provider.name ?? '', plan.values) };
      return { result: plan.kind === 'direct' ? api.postAuth(plan.request, signal) : Promise.resolve(failed(unsupportedFailure())) };
    },
  };
}
