import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCatalogueModel } from '../models/catalogue-model';
import { createEditorModel } from '../models/editor-model';
import { createIntegrationsModel } from '../models/integrations-model';
import { integration, ok, provider } from '../test/results';
import { ConfigureForm } from './ConfigureForm';

afterEach(cleanup);
// jsdom lays nothing out: a refused Save brings the first error into view.
beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});

const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\nq8Zt\n-----END RSA PRIVATE KEY-----\n';

function renderEditor(authMode: 'APP' | 'CUSTOM') {
  const saved = integration('github-app', 'github-app');
  const client = {
    listProviders: vi.fn(() => ok([provider('github-app', authMode)])),
    listIntegrations: vi.fn(() => ok([])),
    deleteIntegration: vi.fn(() => ok({ success: true })),
    getIntegration: vi.fn(() => ok({ ...saved, credentials: { type: authMode, app_id: '42', app_link: 'https://github.com/apps/ours', private_key: pem } })),
    createIntegration: vi.fn(() => ok(saved)),
    updateIntegration: vi.fn(() => ok(saved)),
  };
  const catalogue = createCatalogueModel(client);
  const editor = createEditorModel(client, catalogue, createIntegrationsModel(client));
  editor.openCreate();
  editor.pickProvider(provider('github-app', authMode));
  render(<ConfigureForm editor={editor} callbackUrl="http://api.test/oauth/callback" />);
  return { client, editor };
}

describe('ConfigureForm for app installs', () => {
  it('shows the setup URL and the APP fields, says what is wrong under each, and saves them', async () => {
    const { client } = renderEditor('APP');
    expect(screen.queryByText(/cannot be configured/)).toBeNull();
    expect(screen.getByText('http://api.test/app-auth/connect')).toBeTruthy();
    expect(screen.queryByLabelText('Client ID')).toBeNull();
    const save = screen.getByRole('button', { name: 'Save integration' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);

    fireEvent.input(screen.getByLabelText('App public link'), { target: { value: 'github.com/apps/ours' } });
    fireEvent.input(screen.getByLabelText('Private key'), { target: { value: 'ssh-rsa AAAA' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByText('Enter the app ID from the app’s settings page.')).toBeTruthy());
    expect(screen.getByText('Enter a web address starting with https:// or http://.')).toBeTruthy();
    expect(screen.getByLabelText('Private key').getAttribute('aria-invalid')).toBe('true');
    expect(client.createIntegration).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('App ID'), { target: { value: '42' } });
    fireEvent.input(screen.getByLabelText('App public link'), { target: { value: 'https://github.com/apps/ours' } });
    // A PEM pasted with its line breaks keeps them: the field is a textarea.
    expect(screen.getByLabelText('Private key').tagName).toBe('TEXTAREA');
    fireEvent.input(screen.getByLabelText('Private key'), { target: { value: pem } });
    fireEvent.click(save);
    await waitFor(() => expect(client.createIntegration).toHaveBeenCalledWith({
      provider: 'github-app', unique_key: 'github-app',
      credentials: { type: 'APP', app_id: '42', app_link: 'https://github.com/apps/ours', private_key: pem.trim() },
    }));
  });

  it('asks CUSTOM integrations for the app and the OAuth app, and sends both', async () => {
    const { client } = renderEditor('CUSTOM');
    expect(screen.getByText('http://api.test/app-auth/connect')).toBeTruthy();
    expect(screen.getByText('http://api.test/oauth/callback')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('App ID'), { target: { value: '42' } });
    fireEvent.input(screen.getByLabelText('App public link'), { target: { value: 'https://github.com/apps/ours' } });
    fireEvent.input(screen.getByLabelText('Private key'), { target: { value: pem } });
    fireEvent.click(screen.getByRole('button', { name: 'Save integration' }));
    await waitFor(() => expect(screen.getByText('Enter the client ID from the provider’s developer portal.')).toBeTruthy());
    fireEvent.input(screen.getByLabelText('Client ID'), { target: { value: 'Iv1.abc' } });
    fireEvent.input(screen.getByLabelText('Client secret'), { target: { value: 'sec' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save integration' }));
    await waitFor(() => expect(client.createIntegration).toHaveBeenCalledWith(expect.objectContaining({
      credentials: { type: 'CUSTOM', client_id: 'Iv1.abc', client_secret: 'sec', app_id: '42', app_link: 'https://github.com/apps/ours', private_key: pem.trim() },
    })));
  });
});
