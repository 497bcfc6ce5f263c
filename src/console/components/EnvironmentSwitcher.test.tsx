import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsole } from '../models/console-model';
import { environment, integration, provider } from '../test/results';
import { App } from './App';

afterEach(cleanup);

/** Two environments behind one server: each key sees only its own. */
const environments: Record<string, { name: string; integration: string }> = {
  'sk-dev': { name: 'dev', integration: 'dev-basic' },
  'sk-prod': { name: 'prod', integration: 'prod-basic' },
};

const fakeFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input));
  const key = new Headers(init?.headers).get('authorization')?.replace('Bearer ', '') ?? '';
  const opened = environments[key];
  if (!opened) return new Response(JSON.stringify({ error: { code: 'unknown_account', message: 'Wrong key.' } }), { status: 401 });
  const answers: Record<string, unknown> = {
    '/plugboard/environment': { data: { ...environment, name: opened.name, secret_key: key, environments: ['dev', 'prod'] } },
    '/integrations': { data: [integration(opened.integration, 'test-basic')] },
    '/providers': { data: [provider('test-basic', 'BASIC')] },
    '/connections': { connections: [] },
  };
  const body = answers[url.pathname];
  return new Response(JSON.stringify(body ?? { error: { code: 'not_found' } }), { status: body ? 200 : 404 });
});

describe('the environment switcher', () => {
  it('names the active environment, asks for the other one’s key, refuses a key of the wrong environment, and switches back without asking', async () => {
    const model = createConsole({ apiUrl: 'http://api.test', openWidget: vi.fn(), fetch: fakeFetch });
    render(<App model={model} />);
    await model.signIn('sk-dev');
    await screen.findByRole('row', { name: /dev-basic/ });
    const header = screen.getByRole('banner');
    expect(header.textContent).toContain('Environment: dev');
    const switcher = within(header).getByRole('group', { name: 'Environment' });
    expect(within(switcher).getByRole('button', { name: 'dev' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(within(switcher).getByRole('button', { name: 'prod' }));
    const field = await screen.findByLabelText('Secret key of prod');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.input(field, { target: { value: 'sk-dev' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch to prod' }));
    const form = screen.getByRole('form', { name: 'Open prod' });
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('This key opens dev, not prod.'));
    expect(header.textContent).toContain('Environment: dev');

    fireEvent.input(field, { target: { value: 'sk-prod' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch to prod' }));
    await screen.findByRole('row', { name: /prod-basic/ });
    expect(header.textContent).toContain('Environment: prod');
    expect(screen.queryByRole('row', { name: /dev-basic/ })).toBeNull();
    expect(screen.queryByLabelText('Secret key of prod')).toBeNull();

    // The dev key is still in memory: back to dev at once.
    fireEvent.click(within(switcher).getByRole('button', { name: 'dev' }));
    await screen.findByRole('row', { name: /dev-basic/ });
    expect(header.textContent).toContain('Environment: dev');
    expect(screen.queryByLabelText('Secret key of dev')).toBeNull();
  });
});
