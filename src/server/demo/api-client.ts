import { z } from 'zod';

/** The demo backend's calls to the Connect API, made with the secret key as a customer's would be. */
export interface DemoApiClient {
  createSession(request: { integration?: string | undefined; webhookUrl: string }): Promise<string>;
  createReconnectSession(request: { connectionId: string; integrationId: string; webhookUrl: string }): Promise<string>;
  listIntegrations(): Promise<Array<{ unique_key: string; display_name: string; logo: string }>>;
  /** What `getToken` gives a backend, reduced to what may be shown: the token's last characters and expiry. */
  getToken(request: { connectionId: string; integrationId: string }): Promise<{ tokenHint: string | null; expiresAt: string | null }>;
  /** The key the API signs webhooks with now (it changes when someone rotates it). */
  webhookSigningKey(): Promise<string>;
}

export const demoEndUser = { id: 'demo-user', email: 'jane@acme.test', display_name: 'Jane Doe' };

const sessionResponseSchema = z.object({ data: z.object({ token: z.string() }) });
const connectionResponseSchema = z.object({
  credentials: z.looseObject({ access_token: z.string().optional(), expires_at: z.string().optional() }),
});
const environmentResponseSchema = z.object({ data: z.object({ webhook_signing_key: z.string().min(1) }) });
const integrationsResponseSchema = z.object({
  data: z.array(z.object({ unique_key: z.string(), display_name: z.string(), logo: z.string() })),
});

export function createDemoApiClient(apiUrl: string, secretKey: string): DemoApiClient {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${secretKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`The Connect API answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  return {
    async createSession({ integration, webhookUrl }) {
      const json = await call('POST', '/connect/sessions', {
        end_user: demoEndUser,
        ...(integration ? { allowed_integrations: [integration] } : {}),
        webhook_url_override: webhookUrl,
      });
      return sessionResponseSchema.parse(json).data.token;
    },
    async createReconnectSession({ connectionId, integrationId, webhookUrl }) {
      const json = await call('POST', '/connect/sessions/reconnect', {
        connection_id: connectionId,
        integration_id: integrationId,
        end_user: demoEndUser,
        webhook_url_override: webhookUrl,
      });
      return sessionResponseSchema.parse(json).data.token;
    },
    async listIntegrations() {
      return integrationsResponseSchema.parse(await call('GET', '/integrations')).data;
    },
    async getToken({ connectionId, integrationId }) {
      const query = new URLSearchParams({ provider_config_key: integrationId });
      const json = await call('GET', `/connection/${encodeURIComponent(connectionId)}?${query}`);
      const { credentials } = connectionResponseSchema.parse(json);
      const token = credentials.access_token;
      return { tokenHint: token ? `…${token.slice(-6)}` : null, expiresAt: credentials.expires_at ?? null };
    },
    async webhookSigningKey() {
      return environmentResponseSchema.parse(await call('GET', '/plugboard/environment')).data.webhook_signing_key;
    },
  };
}
