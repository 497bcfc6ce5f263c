import { generateConnectSessionToken, hashToken } from '../crypto/tokens';
import { connectSessionTtlMs, type ApiDeps } from '../deps';
import { apiError, type ErrorDetail } from '../http/api-error';
import type { ConnectSessionInput, IntegrationConfigDefaults } from '../store/store';
import type { CreateSessionBody } from '../routes/connect-session-schemas';
import { buildConnectLink } from './connect-link';
import { buildSessionTags } from './session-tags';
import type { CreatedSession as WireCreatedSession } from '../../../contract/admin';

export interface CreatedSession {
  token: string;
  connect_link: string;
  expires_at: string;
}

type SessionRequest = Omit<CreateSessionBody, 'allowed_integrations'> & {
  allowed_integrations?: string[] | undefined;
  reconnectConnectionId?: number;
};

/** Validates references, stores the session under the token's hash, returns the token once. */
export function createConnectSession(deps: ApiDeps, request: SessionRequest): CreatedSession {
  assertIntegrationsExist(deps, request);
  const { defaults, hoistedWebhookUrl } = stripDeprecatedWebhookUrls(request.integrations_config_defaults);
  const webhookUrl = request.webhook_url_override || hoistedWebhookUrl || null;
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + connectSessionTtlMs).toISOString();
  const input: ConnectSessionInput = {
    endUser: request.end_user ?? null,
    organization: request.organization ?? null,
    allowedIntegrations: request.allowed_integrations ?? null,
    integrationsConfigDefaults: defaults ?? null,
    overrides: request.overrides ?? null,
    webhookUrlOverride: webhookUrl,
    tags: buildSessionTags(request.end_user, request.organization, request.tags),
    reconnectConnectionId: request.reconnectConnectionId ?? null,
    expiresAt,
  };
  const token = generateConnectSessionToken();
  deps.store.insertConnectSession(hashToken(token), input, now.toISOString());
  return { token, connect_link: buildConnectLink(deps.connectUiUrl, token), expires_at: expiresAt } satisfies CreatedSession & WireCreatedSession;
}

/** Every referenced integration must exist; each missing one is reported at its path. */
function assertIntegrationsExist(deps: ApiDeps, request: SessionRequest): void {
  const missing: ErrorDetail[] = [];
  const check = (key: string, path: string[]) => {
    if (!deps.store.getIntegration(key)) missing.push({ code: 'invalid_integration', message: `Integration "${key}" does not exist`, path });
  };
  request.allowed_integrations?.forEach((key, index) => check(key, ['allowed_integrations', String(index)]));
  Object.keys(request.integrations_config_defaults ?? {}).forEach((key) => check(key, ['integrations_config_defaults', key]));
  Object.keys(request.overrides ?? {}).forEach((key) => check(key, ['overrides', key]));
  if (missing.length > 0) throw apiError(400, 'invalid_body', undefined, missing);
}

/** A deprecated `connection_config.webhook_url` is removed and hoisted to `webhook_url_override`. */
function stripDeprecatedWebhookUrls(defaults: Record<string, IntegrationConfigDefaults> | undefined): {
  defaults: Record<string, IntegrationConfigDefaults> | undefined;
  hoistedWebhookUrl: string | undefined;
} {
  if (!defaults) return { defaults, hoistedWebhookUrl: undefined };
  let hoistedWebhookUrl: string | undefined;
  const cleaned: Record<string, IntegrationConfigDefaults> = {};
  for (const [key, value] of Object.entries(defaults)) {
    const { webhook_url: webhookUrl, ...connectionConfig } = value.connection_config ?? {};
    if (typeof webhookUrl === 'string' && URL.canParse(webhookUrl)) hoistedWebhookUrl ??= webhookUrl;
    cleaned[key] = value.connection_config ? { ...value, connection_config: connectionConfig } : value;
  }
  return { defaults: cleaned, hoistedWebhookUrl };
}
