import type { FlowStorage } from '../../client/oauth/pending-flow';
import { takePendingFlow } from '../../client/oauth/pending-flow';
import { fetchRedirectResult } from '../../client/oauth/redirect';
import type { OAuthResult } from '../../client/oauth/socket';

export interface ResumeOptions {
  storage: FlowStorage | null;
  apiURL: string;
  fetch: typeof fetch;
  now?: number;
}

export interface ResumedFlow {
  /** The integration the flow was for: the widget shows its success or failure screen. */
  providerConfigKey: string;
  result: OAuthResult;
}

/**
 * For a widget opened with `resume: true`: finishes the redirect-mode flow this tab left for.
 * `null` when there is none (or it is too old). The pending flow is removed before the API is
 * asked, so a reload cannot report the same result twice.
 */
export async function resumeOAuth({ storage, apiURL, fetch, now = Date.now() }: ResumeOptions): Promise<ResumedFlow | null> {
  const flow = storage ? takePendingFlow(storage, now) : null;
  if (!flow) return null;
  const result = await fetchRedirectResult({ apiURL, fetch }, flow.flowId, flow.providerConfigKey);
  return { providerConfigKey: flow.providerConfigKey, result };
}
