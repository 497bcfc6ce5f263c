import { describe, expect, it, vi } from 'vitest';
import { fails, integration, ok, provider } from '../test/results';
import { createCatalogueModel } from './catalogue-model';
import { createEditorModel } from './editor-model';
import { createIntegrationsModel } from './integrations-model';

function setup() {
  const created = integration('github', 'github');
  const client = {
    listProviders: vi.fn(() => ok([provider('github', 'OAUTH2'), provider('stripe', 'API_KEY')])),
    listIntegrations: vi.fn(() => ok([created])),
    deleteIntegration: vi.fn(() => ok({ success: true })),
    getIntegration: vi.fn(() => ok({ ...created, credentials: { type: 'OAUTH2', client_id: 'id', client_secret: 'sec', scopes: 'repo' } })),
    createIntegration: vi.fn(() => ok(created)),
    updateIntegration: vi.fn(() => ok(created)),
  };
  const catalogue = createCatalogueModel(client);
  const integrations = createIntegrationsModel(client);
  return { client, catalogue, integrations, editor: createEditorModel(client, catalogue, integrations) };
}

describe('createEditorModel', () => {
  it('creates: pick an OAuth API, fill the app’s credentials, save, and the list reloads', async () => {
    const { editor, catalogue, client, integrations } = setup();
    editor.openCreate();
    await catalogue.load();
    catalogue.setQuery('git');
    expect(catalogue.matches.value.map((p) => p.name)).toEqual(['github']);
    editor.pickProvider(provider('github', 'OAUTH2'));
    expect([editor.step.value, editor.kind.value, editor.values.value.uniqueKey]).toEqual(['configure', 'oauth', 'github']);
    editor.setField('clientId', 'id');
    editor.setField('clientSecret', 'sec');
    expect(await editor.save()).toBe(true);
    expect(client.createIntegration).toHaveBeenCalledWith({
      provider: 'github', unique_key: 'github', credentials: { type: 'OAUTH2', client_id: 'id', client_secret: 'sec', scopes: '' },
    });
    expect(editor.step.value).toBe('closed');
    expect(integrations.task.notice.value).toBe('github was saved.');
  });

  it('does not call the server while a field is wrong, and clears a field’s error as it is typed', async () => {
    const { editor, client } = setup();
    editor.openCreate();
    editor.pickProvider(provider('github', 'OAUTH2'));
    expect(await editor.save()).toBe(false);
    expect(Object.keys(editor.errors.value).sort()).toEqual(['clientId', 'clientSecret']);
    editor.setField('clientId', 'x');
    expect(editor.errors.value.clientId).toBeUndefined();
    expect(client.createIntegration).not.toHaveBeenCalled();
  });

  it('edits: loads the stored credentials, sends a PATCH, keeps the dialog open on a server refusal', async () => {
    const { editor, client } = setup();
    await editor.openEdit(integration('github', 'github'));
    expect(editor.values.value).toEqual({
      uniqueKey: 'github', displayName: '', clientId: 'id', clientSecret: 'sec', scopes: 'repo', allowedHosts: '', appId: '', appLink: '', privateKey: '',
    });
    client.updateIntegration.mockImplementationOnce(() => fails("Can't rename an integration with active connections"));
    editor.setField('uniqueKey', 'gh');
    expect(await editor.save()).toBe(false);
    expect(client.updateIntegration).toHaveBeenCalledWith('github', expect.objectContaining({ unique_key: 'gh' }));
    expect(editor.step.value).toBe('configure');
    expect(editor.task.error.value).toBe("Can't rename an integration with active connections");
  });
});
