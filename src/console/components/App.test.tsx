import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsole } from '../models/console-model';
import { environment, integration, provider } from '../test/results';
import { App } from './App';

afterEach(cleanup);

const answers: Record<string, unknown> = {
  'GET /plugboard/environment': { data: environment },
  'GET /integrations': { data: [integration('demo-basic', 'test-basic')] },
  'GET /providers': { data: [provider('test-basic', 'BASIC')] },
  'GET /connections': { connections: [] },
};

/** The admin API as the console sees it; a wrong key gets the server's 401. */
const fakeFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input));
  const isAuthorised = new Headers(init?.headers).get('authorization') === 'Bearer sk';
  const body = isAuthorised ? answers[`${init?.method ?? 'GET'} ${url.pathname}`] : { error: { code: 'unknown_account', message: 'Wrong key.' } };
  return new Response(JSON.stringify(body ?? { error: { code: 'not_found' } }), { status: isAuthorised ? (body ? 200 : 404) : 401 });
});

function renderConsole() {
  const model = createConsole({ apiUrl: 'http://api.test', openWidget: vi.fn(), fetch: fakeFetch });
  render(<App model={model} />);
  return model;
}

describe('the console app', () => {
  it('asks for the key first, refuses a wrong one, then shows the integrations with their auth mode', async () => {
    renderConsole();
    const field = screen.getByLabelText('Secret key');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.input(field, { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the console' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Wrong key.'));

    fireEvent.input(field, { target: { value: 'sk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the console' }));
    const row = await screen.findByRole('row', { name: /demo-basic/ });
    await waitFor(() => expect(row.textContent).toContain('BASIC'));
    expect(screen.getByRole('tab', { name: 'Integrations' }).getAttribute('aria-selected')).toBe('true');
  });

  it('confirms a delete in a dialog whose Cancel has focus; Escape closes it and focus returns to the opener', async () => {
    const model = renderConsole();
    await model.signIn('sk');
    const opener = await screen.findByRole('button', { name: 'Delete demo-basic' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Delete demo-basic?' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });
});
