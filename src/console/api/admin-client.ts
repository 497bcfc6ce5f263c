import type { z } from '../../contract';
import { interpretResponse } from './interpret-response';
import { failure, type Result } from './result';
import {
  adminIntegrationSchema as integrationSchema, adminProviderSchema as providerSchema, connectionDetailSchema, connectionsResponse,
  createdSessionSchema as sessionSchema, dataOf, deliverySchema, environmentSchema, listOf, rotatedKeyResponse, successResponse,
  type AdminIntegration as Integration, type AdminProvider as Provider, type Connection, type ConnectionDetail, type Delivery, type Environment,
} from '../../contract';

export interface AdminClientOptions {
  /** The API's base URL (the console is served from it). */
  apiUrl: string;
  /** The secret key, read at call time; kept in memory by the session model. */
  getSecretKey: () => string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export type JsonBody = Record<string, unknown>;

/** What names one connection: the id alone may repeat across integrations. */
export type ConnectionRef = Pick<Connection, 'connection_id' | 'provider_config_key'>;

/** The admin API's calls the console makes, each with its response schema. */
export function createAdminClient({ apiUrl, getSecretKey, fetch: send = fetch, timeoutMs = 20_000 }: AdminClientOptions) {
  async function call<T>(method: string, path: string, schema: z.ZodMiniType<T>, body?: JsonBody, secretKey = getSecretKey()): Promise<Result<T>> {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${secretKey ?? ''}` };
    if (body) headers['content-type'] = 'application/json';
    try {
      const response = await send(`${apiUrl.replace(/\/+$/, '')}${path}`, {
        method, headers, body: body ? JSON.stringify(body) : null, signal: AbortSignal.timeout(timeoutMs),
      });
      return interpretResponse(response.status, await response.text(), schema);
    } catch (err) {
      const isTimeout = err instanceof DOMException && err.name === 'TimeoutError';
      return failure(0, isTimeout ? 'timeout' : 'network', isTimeout ? 'The server took too long to answer' : 'The server could not be reached');
    }
  }
  const unwrap = async <T>(result: Promise<Result<{ data: T }>>): Promise<Result<T>> => {
    const settled = await result;
    return settled.ok ? { ok: true, value: settled.value.data } : settled;
  };
  const key = encodeURIComponent;
  const connectionPath = (c: ConnectionRef) =>
    `/connections/${key(c.connection_id)}?provider_config_key=${key(c.provider_config_key)}`;

  return {
    /** With `secretKey`: the environment that key opens, tried without replacing the key in use. */
    getEnvironment: (secretKey?: string): Promise<Result<Environment>> =>
      unwrap(call('GET', '/plugboard/environment', dataOf(environmentSchema), undefined, secretKey ?? getSecretKey())),
    listIntegrations: (): Promise<Result<Integration[]>> => unwrap(call('GET', '/integrations', listOf(integrationSchema))),
    getIntegration: (uniqueKey: string): Promise<Result<Integration>> =>
      unwrap(call('GET', `/integrations/${key(uniqueKey)}?include=credentials&include=allowed_hosts`, dataOf(integrationSchema))),
    createIntegration: (body: JsonBody) => unwrap(call('POST', '/integrations', dataOf(integrationSchema), body)),
    updateIntegration: (uniqueKey: string, body: JsonBody) =>
      unwrap(call('PATCH', `/integrations/${key(uniqueKey)}`, dataOf(integrationSchema), body)),
    deleteIntegration: (uniqueKey: string) => call('DELETE', `/integrations/${key(uniqueKey)}`, successResponse),
    listProviders: (): Promise<Result<Provider[]>> => unwrap(call('GET', '/providers', listOf(providerSchema))),
    listConnections: async (): Promise<Result<Connection[]>> => {
      const result = await call('GET', '/connections', connectionsResponse);
      return result.ok ? { ok: true, value: result.value.connections } : result;
    },
    getConnection: (connection: ConnectionRef): Promise<Result<ConnectionDetail>> =>
      call('GET', connectionPath(connection), connectionDetailSchema),
    deleteConnection: (connection: ConnectionRef) => call('DELETE', connectionPath(connection), successResponse),
    createSession: (body: JsonBody) => unwrap(call('POST', '/connect/sessions', dataOf(sessionSchema), body)),
    createReconnectSession: (body: JsonBody) => unwrap(call('POST', '/connect/sessions/reconnect', dataOf(sessionSchema), body)),
    updateWebhookSettings: (body: JsonBody) => call('PATCH', '/plugboard/environment/webhook', successResponse, body),
    rotateSigningKey: () => call('POST', '/environment/webhook-signing-key/rotate', rotatedKeyResponse),
    listDeliveries: (): Promise<Result<Delivery[]>> => unwrap(call('GET', '/plugboard/webhook-deliveries', listOf(deliverySchema))),
    resendDelivery: (id: number): Promise<Result<Delivery>> =>
      unwrap(call('POST', `/plugboard/webhook-deliveries/${id}/resend`, dataOf(deliverySchema))),
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;
