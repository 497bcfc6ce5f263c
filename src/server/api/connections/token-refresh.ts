import { randomUUID } from 'node:crypto';
import type { ApiDeps } from '../deps';
import { appFlowUrl, installationToken, tokenUrlTemplate } from '../oauth/custom-auth-flows';
import { providerUrl } from '../oauth/provider-url';
import { oauthCredentials, requestToken } from '../oauth/token-request';
import type { Connection, Credentials, Integration } from '../store/store';
import { subjectOf } from '../webhooks/auth-webhook-body';

/** A token that expires within this window is refreshed on read, as Nango does. */
export const refreshWindowMs = 15 * 60 * 1000;
/** After a failed refresh, reads wait this long before asking the provider again (unless forced). */
export const refreshBackoffMs = 30 * 1000;

export type RefreshOutcome =
  | { ok: true; connection: Connection }
  | { ok: false; status: 400 | 424; message: string; connection: Connection };

const refusedMessage = 'The external API returned an error when trying to refresh the access token. Please try again later.';
const backingOffMessage = 'A recent refresh attempt failed. Backing off before retrying.';

/**
 * Refreshes OAuth2 access tokens (and asks app installs for a new installation token) on read: when forced, or when the token expires within 15
 * minutes. One refresh per connection at a time: concurrent reads share it, so a provider that
 * rotates refresh tokens never sees the same one twice. A refusal marks the connection and
 * sends the `refresh` failure webhook.
 */
export function createTokenRefresher(deps: ApiDeps) {
  const inFlight = new Map<number, Promise<RefreshOutcome>>();

  async function refresh(connection: Connection, refreshToken: string): Promise<RefreshOutcome> {
    const integration = deps.store.getIntegration(connection.providerConfigKey);
    const provider = deps.catalogue.get(connection.provider);
    if (!integration || !provider?.token_url) return fail(connection, 'The integration or its provider no longer has a token URL.');
    // The stored values passed every check when the connection was made; the same filling rules apply.
    const tokenUrl = providerUrl(provider, 'token_url', {
      connectionConfig: connection.connectionConfig,
      trustedNames: new Set(Object.keys(connection.connectionConfig)),
      allowedHosts: integration.allowedHosts,
      integrationKey: integration.uniqueKey,
    });
    const result = await requestToken(deps.fetch, tokenUrl, {
      ...provider.token_params,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      ...refreshClient(connection, integration),
    });
    if (!result.ok) return fail(connection, result.message);
    const now = deps.now();
    // RFC 6749 section 6: a provider may keep the refresh token and not send it again.
    const own: Credentials = typeof connection.credentials['oauth_client_secret_override'] === 'string'
      ? { oauth_client_secret_override: connection.credentials['oauth_client_secret_override'] }
      : {};
    const credentials = { refresh_token: refreshToken, ...oauthCredentials('OAUTH2', result, now), ...own };
    return { ok: true, connection: deps.store.updateCredentials(connection, credentials, now.toISOString()) };
  }

  /** How this connection's token is renewed: OAuth2 by its refresh token, an app install by a new installation token. */
  function renewalOf(connection: Connection): (() => Promise<RefreshOutcome>) | null {
    const refreshToken = connection.credentials['refresh_token'];
    if (connection.authMode === 'OAUTH2' && typeof refreshToken === 'string') return () => refresh(connection, refreshToken);
    const installationId = connection.connectionConfig['installation_id'];
    const isInstalled = (connection.authMode === 'APP' || connection.authMode === 'CUSTOM') && !connection.isPending;
    return isInstalled && typeof installationId === 'string' ? () => renewInstallation(connection, installationId) : null;
  }

  /** An installation token is not refreshed but asked for again, with a new app JWT (GitHub App pattern). */
  async function renewInstallation(connection: Connection, installationId: string): Promise<RefreshOutcome> {
    const integration = deps.store.getIntegration(connection.providerConfigKey);
    const provider = deps.catalogue.get(connection.provider);
    if (!integration || !provider || !tokenUrlTemplate(provider, 'APP')) return fail(connection, 'The integration or its provider no longer has an installation token URL.');
    const urlValues = {
      connectionConfig: connection.connectionConfig,
      trustedNames: new Set(Object.keys(connection.connectionConfig)),
      allowedHosts: integration.allowedHosts,
      integrationKey: integration.uniqueKey,
    };
    try {
      const token = await installationToken(deps, integration, (values) => appFlowUrl(provider, 'APP', values), urlValues, installationId);
      const { expires_at: _old, ...kept } = connection.credentials;
      const credentials: Credentials = { ...kept, access_token: token.token, ...(token.expiresAt ? { expires_at: token.expiresAt } : {}), raw: token.raw };
      return { ok: true, connection: deps.store.updateCredentials(connection, credentials, deps.now().toISOString()) };
    } catch (err) {
      return fail(connection, err instanceof Error ? err.message : String(err));
    }
  }

  function fail(connection: Connection, description: string): RefreshOutcome {
    deps.store.setAuthError(connection.id, { logId: randomUUID(), description, failedAt: deps.now().toISOString() });
    const endUser = connection.endUserRowId === null ? null : deps.store.getEndUser(connection.endUserRowId) ?? null;
    deps.webhooks.sendAuthWebhook(
      subjectOf({ connection, endUser, operation: 'refresh' }),
      { success: false, error: { type: 'refresh_token_external_error', description } },
    );
    return { ok: false, status: 400, message: refusedMessage, connection };
  }

  return {
    async fresh(connection: Connection, { force }: { force: boolean }): Promise<RefreshOutcome> {
      const renew = renewalOf(connection);
      if (!renew) return { ok: true, connection };
      if (!force && !isDue(connection, deps.now())) return { ok: true, connection };
      const lastFailure = deps.store.getAuthError(connection.id);
      if (!force && lastFailure && deps.now().getTime() - Date.parse(lastFailure.failedAt) < refreshBackoffMs) {
        return { ok: false, status: 424, message: backingOffMessage, connection };
      }
      const running = inFlight.get(connection.id);
      if (running) return running;
      const started = renew().finally(() => inFlight.delete(connection.id));
      inFlight.set(connection.id, started);
      return started;
    },
  };
}

export type TokenRefresher = ReturnType<typeof createTokenRefresher>;

function isDue(connection: Connection, now: Date): boolean {
  const expiresAt = connection.credentials['expires_at'];
  if (typeof expiresAt !== 'string') return false;
  return Date.parse(expiresAt) - now.getTime() < refreshWindowMs;
}

/** The app the token was issued to: the end user's own one when the connection was made with it. */
function refreshClient(connection: Connection, integration: Integration): { client_id: string; client_secret: string } {
  const ownId = connection.connectionConfig['oauth_client_id_override'];
  const ownSecret = connection.credentials['oauth_client_secret_override'];
  if (typeof ownId === 'string' && ownId !== '' && typeof ownSecret === 'string') return { client_id: ownId, client_secret: ownSecret };
  return { client_id: integration.oauthClientId ?? '', client_secret: integration.oauthClientSecret ?? '' };
}
