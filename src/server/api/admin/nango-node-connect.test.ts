import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Nango } from '@nangohq/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '../../../console/api/admin-client';
import { startRealServer, type RealServer } from '../test/real-server';

// Every call of `@nangohq/node` 0.71.10 about connect, over real HTTP.

const secretKey = '2c9e4a71-6b3d-4f58-9a0e-7d1c3b5f8e24';
let server: RealServer;
let nango: Nango;
let configDir: string;
beforeAll(async () => {
  configDir = mkdtempSync(join(tmpdir(), 'plugboard-node-connect-'));
  const configPath = join(configDir, 'plugboard.json');
  writeFileSync(configPath, JSON.stringify({ environment_variables: { CRM_REGION: 'eu', CRM_TOKEN: 'crm-token-8f2e1c77' } }));
  server = await startRealServer({ secretKey, configPath });
  nango = new Nango({ host: server.url, secretKey });
});
afterAll(async () => {
  await server.stop();
  rmSync(configDir, { recursive: true, force: true });
});

async function connect(endUserId = 'node-user'): Promise<string> {
  const { data } = await nango.createConnectSession({ end_user: { id: endUserId, email: `${endUserId}@acme.test` }, allowed_integrations: ['demo-api-key'] });
  const res = await fetch(`${server.url}/api-auth/api-key/demo-api-key?connect_session_token=${data.token}&params[region]=eu`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'test_node' }),
  });
  expect(res.status).toBe(200);
  return (await res.json()).connectionId;
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => err);

describe("@nangohq/node's connect calls against the reference server", () => {
  it('setMetadata replaces the metadata (201, body echoed); getMetadata, getConnection and listConnections show it', async () => {
    const connectionId = await connect();
    const res = await nango.setMetadata('demo-api-key', connectionId, { crm: { id: 42 }, plan: 'pro' });
    expect(res.status).toBe(201);
    expect(res.data).toEqual({ metadata: { crm: { id: 42 }, plan: 'pro' }, connection_id: connectionId, provider_config_key: 'demo-api-key' });
    await nango.setMetadata('demo-api-key', connectionId, { plan: 'team' });
    expect(await nango.getMetadata('demo-api-key', connectionId)).toEqual({ plan: 'team' });
    expect((await nango.getConnection('demo-api-key', connectionId)).metadata).toEqual({ plan: 'team' });
    const { connections } = await nango.listConnections({ connectionId });
    expect(connections[0]?.metadata).toEqual({ plan: 'team' });
  });

  it('updateMetadata merges shallowly (200), for several connections at once, and refuses an unknown one without changing any', async () => {
    const first = await connect();
    const second = await connect();
    await nango.setMetadata('demo-api-key', [first, second], { a: 1, nested: { x: 1 } });
    const res = await nango.updateMetadata('demo-api-key', [first, second], { b: 2, nested: { y: 2 } });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ metadata: { b: 2, nested: { y: 2 } }, connection_id: [first, second], provider_config_key: 'demo-api-key' });
    expect(await nango.getMetadata('demo-api-key', second)).toEqual({ a: 1, b: 2, nested: { y: 2 } });
    const refused = await errorOf(nango.updateMetadata('demo-api-key', [first, 'missing'], { c: 3 }));
    expect(refused).toMatchObject({ response: { status: 404, data: { error: { code: 'unknown_connection', message: expect.stringContaining('missing') } } } });
    expect(await nango.getMetadata('demo-api-key', first)).toEqual({ a: 1, b: 2, nested: { y: 2 } });
    const invalid = await errorOf(nango.setMetadata('demo-api-key', first, ['not', 'an', 'object'] as unknown as Record<string, unknown>));
    expect(invalid).toMatchObject({ response: { status: 400, data: { error: { code: 'invalid_body' } } } });
  });

  it('patchConnection sets tags, the end user and the webhook URL; getConnection shows them', async () => {
    const connectionId = await connect('patch-user');
    const result = await nango.patchConnection(
      { connectionId, provider_config_key: 'demo-api-key' },
      { end_user: { id: 'patch-user', display_name: 'Pat' }, tags: { Team: 'sales' }, webhook_url_override: 'https://hooks.acme.test/nango' },
    );
    expect(result).toEqual({ success: true });
    const connection = await nango.getConnection('demo-api-key', connectionId);
    expect(connection).toMatchObject({
      tags: { end_user_id: 'patch-user', end_user_display_name: 'Pat', team: 'sales' },
      end_user: { id: 'patch-user', display_name: 'Pat' },
      webhook_url_override: 'https://hooks.acme.test/nango',
    });
    await nango.patchConnection({ connectionId, provider_config_key: 'demo-api-key' }, { webhook_url_override: '' });
    expect((await nango.getConnection('demo-api-key', connectionId)).webhook_url_override).toBeNull();
    const unknown = await errorOf(nango.patchConnection({ connectionId: 'nope', provider_config_key: 'demo-api-key' }, { tags: { a: 'b' } }));
    expect(unknown).toMatchObject({ response: { status: 404, data: { error: { code: 'not_found' } } } });
    const noIntegration = await errorOf(nango.patchConnection({ connectionId, provider_config_key: 'nope' }, { tags: { a: 'b' } }));
    expect(noIntegration).toMatchObject({ response: { status: 400, data: { error: { code: 'unknown_provider_config' } } } });
    const invalid = await errorOf(nango.patchConnection({ connectionId, provider_config_key: 'demo-api-key' }, { tags: { '1bad': 'x' } }));
    expect(invalid).toMatchObject({ response: { status: 400, data: { error: { code: 'invalid_body' } } } });
  });

  it("waitForConnection finds the end user's connection to that integration", async () => {
    const connectionId = await connect('waiting-user');
    await connect('someone-else');
    const found = await nango.waitForConnection('demo-api-key', 'waiting-user');
    expect(found).toMatchObject({ connection_id: connectionId, provider_config_key: 'demo-api-key', end_user: { id: 'waiting-user' } });
  });

  it('getEnvironmentVariables returns the configured variables as { name, value } pairs, kept sealed on disk', async () => {
    expect(await nango.getEnvironmentVariables()).toEqual([{ name: 'CRM_REGION', value: 'eu' }, { name: 'CRM_TOKEN', value: 'crm-token-8f2e1c77' }]);
    for (const file of readdirSync(server.dataDir)) {
      expect(readFileSync(join(server.dataDir, file)).includes('crm-token-8f2e1c77')).toBe(false);
    }
    const anonymous = await fetch(`${server.url}/environment-variables`);
    expect(anonymous.status).toBe(401);
  });

  it('listProviders and getProvider answer for every provider the console offers', async () => {
    const consoleClient = createAdminClient({ apiUrl: server.url, getSecretKey: () => secretKey });
    const offered = await consoleClient.listProviders();
    if (!offered.ok) throw new Error('the console could not list providers');
    const { data } = await nango.listProviders({});
    expect(data.map((provider) => provider.name)).toEqual(offered.value.map((provider) => provider.name));
    for (const { name } of offered.value) {
      const one = await nango.getProvider({ provider: name });
      expect(one.data).toMatchObject({ name, logo_url: `${server.url}/images/template-logos/${name}.svg` });
    }
    expect((await nango.listProviders({ search: 'oauth2' })).data.map((provider) => provider.name)).toContain('test-oauth2');
  });
});
