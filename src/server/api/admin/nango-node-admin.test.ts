import { Nango } from '@nangohq/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '../../../console/api/admin-client';
import { startRealServer, type RealServer } from '../test/real-server';

// Issue 8: Nango's own Node client (`@nangohq/node` 0.71.10) against this server over real HTTP,
// each answer checked against what the console's client reads from the same server.

const secretKey = '5b1c7d2e-9f3a-4b6c-8d7e-1f2a3b4c5d6e';
let server: RealServer;
let nango: Nango;
let consoleClient: ReturnType<typeof createAdminClient>;
beforeAll(async () => {
  server = await startRealServer({ secretKey });
  nango = new Nango({ host: server.url, secretKey });
  consoleClient = createAdminClient({ apiUrl: server.url, getSecretKey: () => secretKey });
});
afterAll(() => server.stop());

async function connect(integration: string, apiKey: string): Promise<string> {
  const { data } = await nango.createConnectSession({ end_user: { id: 'node-user', display_name: 'Node' }, allowed_integrations: [integration] });
  const res = await fetch(`${server.url}/api-auth/api-key/${integration}?connect_session_token=${data.token}&params[region]=eu`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey }),
  });
  expect(res.status).toBe(200);
  return (await res.json()).connectionId;
}

const valueOf = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('the console client failed');
  return result.value;
};

describe("@nangohq/node's admin methods against the reference server", () => {
  it('createIntegration returns { data } for a new API-key integration, as the console lists it', async () => {
    const { data } = await nango.createIntegration({ provider: 'test-api-key', unique_key: 'node-crm', display_name: 'Node CRM' });
    expect(data).toMatchObject({ unique_key: 'node-crm', provider: 'test-api-key', display_name: 'Node CRM' });
    const shown = valueOf(await consoleClient.listIntegrations()).find((integration) => integration.unique_key === 'node-crm');
    expect(shown).toMatchObject({ display_name: 'Node CRM', created_at: data.created_at });
  });

  it('listIntegrations returns { configs } with the same integrations the console shows', async () => {
    const { configs } = await nango.listIntegrations();
    const shown = valueOf(await consoleClient.listIntegrations());
    expect(configs.map((config) => config.unique_key)).toEqual(shown.map((integration) => integration.unique_key));
    expect(configs.map((config) => config.unique_key)).toContain('node-crm');
  });

  it('listConnections returns { connections }, in both call forms, as the console lists them', async () => {
    const connectionId = await connect('node-crm', 'test_node_key');
    const { connections } = await nango.listConnections();
    const shown = valueOf(await consoleClient.listConnections());
    expect(connections.map((c) => c.connection_id)).toEqual(shown.map((c) => c.connection_id));
    expect(connections[0]).toMatchObject({ connection_id: connectionId, provider_config_key: 'node-crm', end_user: { id: 'node-user' } });
    const filtered = await nango.listConnections({ integrationId: ['node-crm'], userId: 'node-user' });
    expect(filtered.connections.map((c) => c.connection_id)).toEqual([connectionId]);
    const legacy = await nango.listConnections(connectionId);
    expect(legacy.connections).toHaveLength(1);
  });

  it('getConnection returns the bare object with the decrypted key, as the console reveals it', async () => {
    const connectionId = await connect('node-crm', 'test_get_key');
    const connection = await nango.getConnection('node-crm', connectionId);
    expect(connection).toMatchObject({ connection_id: connectionId, provider_config_key: 'node-crm', credentials: { type: 'API_KEY', apiKey: 'test_get_key' } });
    expect(await nango.getToken('node-crm', connectionId)).toEqual({ type: 'API_KEY', apiKey: 'test_get_key' });
    const shown = valueOf(await consoleClient.getConnection({ connection_id: connectionId, provider_config_key: 'node-crm' }));
    expect(shown.credentials).toEqual(connection.credentials);
  });

  it('deleteConnection returns the raw response with { success: true }; the console no longer lists it', async () => {
    const connectionId = await connect('node-crm', 'test_doomed');
    const res = await nango.deleteConnection('node-crm', connectionId);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ success: true });
    expect(valueOf(await consoleClient.listConnections()).map((c) => c.connection_id)).not.toContain(connectionId);
    const error: unknown = await nango.getConnection('node-crm', connectionId).catch((err: unknown) => err);
    expect(error).toMatchObject({ response: { status: 404, data: { error: { code: 'not_found' } } } });
  });

  it('getIntegration, updateIntegration and deleteIntegration round-trip an OAuth2 integration', async () => {
    await nango.createIntegration({
      provider: 'test-oauth2', unique_key: 'node-oauth',
      credentials: { type: 'OAUTH2', client_id: 'id-1', client_secret: 'secret-1', scopes: 'a,b' },
    });
    const { data } = await nango.getIntegration({ uniqueKey: 'node-oauth' }, { include: ['credentials'] });
    expect(data.credentials).toMatchObject({ type: 'OAUTH2', client_id: 'id-1', client_secret: 'secret-1', scopes: 'a,b' });
    const updated = await nango.updateIntegration({ uniqueKey: 'node-oauth' }, { display_name: 'Renamed' });
    expect(updated.data.display_name).toBe('Renamed');
    expect((await nango.deleteIntegration('node-oauth')).data).toEqual({ success: true });
    expect(valueOf(await consoleClient.listIntegrations()).map((i) => i.unique_key)).not.toContain('node-oauth');
  });
});
