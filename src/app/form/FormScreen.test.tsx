import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Provider } from '../../contract/connect';
import { buildForm } from '../../client/form';
import { createFormModel } from './form-model';
import { createPendingModel } from '../machine/pending-model';
import { integration, session as makeSession } from '../../../test/app/fixtures';
import { FormScreen } from './FormScreen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderForm(provider: Provider, session = makeSession(), isSubmitting = false) {
  const item = integration('demo', provider.name ?? 'demo', 'Demo');
  const form = createFormModel(buildForm({ provider, integration: item, session, newExternalId: () => 'ext-123' }));
  const onSubmit = vi.fn();
  render(<FormScreen target={{ integration: item, provider }} form={form} pending={createPendingModel()} isSubmitting={isSubmitting} onSubmit={onSubmit} onBack={null} onClose={null} />);
  return { form, onSubmit };
}

const rich: Provider = {
  name: 'demo',
  auth_mode: 'API_KEY',
  docs_connect: 'https://docs.example.com/connect',
  credentials: { apiKey: { title: 'API Key', description: 'Found in your settings', secret: true, doc_section: '#key' } },
  connection_config: {
    subdomain: { title: 'Domain', prefix: 'https://', suffix: '.example.com', order: 1 },
    region: { title: 'Region', enum: ['us', 'eu'], optional: true },
    pinned: { title: 'Pinned', hidden: true, default_value: 'v2' },
  },
};

describe('FormScreen', () => {
  it('binds labels, descriptions, adornments and badges to the controls', () => {
    renderForm(rich);
    const key = screen.getByLabelText('API Key');
    expect(key.getAttribute('type')).toBe('password');
    const described = (key.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Found in your settings']);
    const domain = screen.getByLabelText('Domain');
    expect(domain.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual(['https:// … .example.com']);
    expect(screen.getByText('.example.com')).toBeTruthy();
    expect(screen.getByLabelText('Region optional').tagName).toBe('SELECT');
    expect(screen.getByRole('option', { name: 'None' })).toBeTruthy();
    expect(screen.queryByLabelText('Pinned')).toBeNull();
  });

  it('links each documented field and the guide, opening in a new tab, named for screen readers', () => {
    renderForm(rich);
    expect(screen.getByRole('link', { name: 'How do I find my API Key? (opens in a new tab)' }).getAttribute('href')).toBe('https://docs.example.com/connect#key');
    const guide = screen.getByRole('link', { name: 'How do I connect Demo? (opens in a new tab)' });
    expect(guide.getAttribute('target')).toBe('_blank');
    expect(guide.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows an example as a hint, not as something that reads like a value already filled in', () => {
    renderForm({
      name: 'demo',
      auth_mode: 'BASIC',
      credentials: { username: { title: 'Email', example: 'jane@acme.test' }, password: { title: 'Password', secret: true } },
      connection_config: { subdomain: { title: 'Subdomain', example: 'acme' } },
    });
    const subdomain = screen.getByRole('textbox', { name: 'Subdomain' }) as HTMLInputElement;
    expect(subdomain.value).toBe('');
    expect(subdomain.placeholder).toBe('e.g. acme');
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).placeholder).toBe('e.g. jane@acme.test');
    expect(screen.getByLabelText('Password').getAttribute('placeholder')).toBeNull();
  });

  it('says what will happen when there is nothing to fill in', () => {
    renderForm({ name: 'demo', auth_mode: 'NONE' });
    expect(screen.getByText('We’ll connect you to Demo.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeTruthy();
  });

  it('submits once: Enter again while a submit is in flight sends nothing more', () => {
    const { onSubmit } = renderForm({ name: 'demo', auth_mode: 'NONE' }, makeSession(), true);
    const form = document.querySelector('form');
    if (!form) throw new Error('no form');
    fireEvent.submit(form);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('AWS: shows the External ID and copies it', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderForm({ name: 'aws', auth_mode: 'AWS_SIGV4' });
    expect(screen.getByText('ext-123')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy External ID' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith('ext-123');
  });

  it('AWS: says so when the clipboard refuses, and hides the ID on reconnect', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    renderForm({ name: 'aws', auth_mode: 'AWS_SIGV4' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy External ID' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copy failed. Select the ID and copy it yourself.'));
    cleanup();
    renderForm({ name: 'aws', auth_mode: 'AWS_SIGV4' }, makeSession({ isReconnecting: true }));
    expect(screen.queryByText('ext-123')).toBeNull();
  });

  it('tells of the intent to connect when the pointer rests on Connect, presses it, or it gets focus', () => {
    const item = integration('demo', 'demo', 'Demo');
    const form = createFormModel(buildForm({ provider: rich, integration: item, session: makeSession(), newExternalId: () => 'ext-123' }));
    const onIntent = vi.fn();
    render(<FormScreen target={{ integration: item, provider: rich }} form={form} pending={createPendingModel()} isSubmitting={false} onSubmit={vi.fn()} onIntent={onIntent} onBack={null} onClose={null} />);
    const connect = screen.getByRole('button', { name: 'Connect' });
    fireEvent.pointerEnter(connect);
    fireEvent.focus(connect);
    fireEvent.pointerDown(connect);
    expect(onIntent).toHaveBeenCalledTimes(3);
  });
});

