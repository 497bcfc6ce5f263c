import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  adminErrorEnvelope, adminIntegrationSchema, adminProviderSchema, connectionDetailSchema, connectionResponse, connectionsResponse,
  createdSessionSchema, dataOf, deliverySchema, environmentSchema, listOf, parseErrorEnvelope, parseIntegrationsResponse, parseSessionResponse,
  providerResponse, redirectCapabilityResponse, successResponse, z,
} from '../../contract';
import { createTestApi, testSecretKey, type TestApi } from './test/test-deps';

// The reference server's real answers read by the one contract the widget, the console and the
// headless client parse. A field the server renamed or retyped fails here.

let api: TestApi;
let token: string;
beforeEach(async () => {
  api = createTestApi();
  token = await api.createSession({
    end_user: { id: 'u1' },
    allowed_integrations: ['demo-api-key', 'demo-basic', 'demo-oauth2'],
    integrations_config_defaults: { 'demo-basic': { connection_config: { subdomain: 'acme' } } },
  });
});
afterEach(() => api.cleanup());

const admin = { authorization: `Bearer ${testSecretKey}`, 'content-type': 'application/json' };

async function read(path: string, init: RequestInit = {}): Promise<{ status: number; json: unknown }> {
  const response = await api.app.request(path, init);
  return { status: response.status, json: await response.json() };
}

function expectParses<T extends z.ZodMiniType>(schema: T, json: unknown) {
  const parsed = z.safeParse(schema, json);
  expect(parsed.error?.issues ?? []).toEqual([]);
  return parsed.data;
}

/** The Connect API's schemas are loose and drop a broken field instead of failing: nothing may be dropped. */
function expectExact<T extends z.ZodMiniType>(schema: T, json: unknown) {
  expect(expectParses(schema, json)).toEqual(json);
}

/** The same for the first load's hand-written parsers, which return the answer's `data`. */
function expectExactData(parse: (json: unknown) => unknown, json: unknown) {
  expect(json).toEqual({ data: expect.anything() });
  expect(parse(json)).toEqual((json as { data: unknown }).data);
}

describe('the Connect API answers in the contract’s shapes', () => {
  it('GET /connect/session, /integrations and /providers/:provider', async () => {
    const bearer = { headers: { authorization: `Bearer ${token}` } };
    const session = await read('/connect/session', bearer);
    expectExactData(parseSessionResponse, session.json);
    const integrations = await read('/integrations', bearer);
    expectExactData(parseIntegrationsResponse, integrations.json);
    expect(parseIntegrationsResponse(integrations.json)).toHaveLength(3);
    for (const provider of ['test-basic', 'test-oauth2']) expectExact(providerResponse, (await read(`/providers/${provider}`, bearer)).json);
  });

  it('a direct auth success, and a refusal in the error envelope', async () => {
    const post = (apiKey: string) => read(`/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey }),
    });
    const created = await post('test_key');
    expect(created.status).toBe(200);
    expectExact(connectionResponse, created.json);
    const refused = await post('live_key');
    expect(refused.status).toBe(400);
    expect(parseErrorEnvelope(refused.json)).toEqual(refused.json);
    expect(parseErrorEnvelope(refused.json)?.error).toMatchObject({ code: 'connection_test_failed' });
  });

  it('GET /oauth/redirect (Plugboard’s redirect-mode capability)', async () => {
    expectExact(redirectCapabilityResponse, (await read('/oauth/redirect')).json);
  });
});

describe('the admin API answers in the contract’s shapes (what the console reads)', () => {
  it('integrations, providers, sessions, connections, the environment, deliveries and errors', async () => {
    expectParses(listOf(adminIntegrationSchema), (await read('/integrations', { headers: admin })).json);
    expectParses(dataOf(adminIntegrationSchema), (await read('/integrations/demo-basic?include=credentials&include=allowed_hosts', { headers: admin })).json);
    expectParses(listOf(adminProviderSchema), (await read('/providers', { headers: admin })).json);
    expectParses(dataOf(createdSessionSchema), (await read('/connect/sessions', { method: 'POST', headers: admin, body: JSON.stringify({ end_user: { id: 'u2' } }) })).json);
    await api.app.request(`/api-auth/api-key/demo-api-key?connect_session_token=${token}&params[region]=eu`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'test_key' }),
    });
    const connections = await read('/connections', { headers: admin });
    expectParses(connectionsResponse, connections.json);
    const [first] = z.parse(connectionsResponse, connections.json).connections;
    expect(first).toBeDefined();
    const detail = await read(`/connections/${first?.connection_id}?provider_config_key=demo-api-key`, { headers: admin });
    expectParses(connectionDetailSchema, detail.json);
    expectParses(dataOf(environmentSchema), (await read('/plugboard/environment', { headers: admin })).json);
    expectParses(listOf(deliverySchema), (await read('/plugboard/webhook-deliveries', { headers: admin })).json);
    const deleted = await read(`/connections/${first?.connection_id}?provider_config_key=demo-api-key`, { method: 'DELETE', headers: admin });
    expectParses(successResponse, deleted.json);
    const missing = await read('/integrations/nope', { headers: admin });
    expect(missing.status).toBe(404);
    expectParses(adminErrorEnvelope, missing.json);
  });
});
