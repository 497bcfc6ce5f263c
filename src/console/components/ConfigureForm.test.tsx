import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsole } from '../models/console-model';
import { environment, integration, provider } from '../test/results';
import { App } from './App';

afterEach(cleanup);

const answers: Record<string, unknown> = {
  'GET /plugboard/environment': { data: environment },
  'GET /integrations': { data: [integration('demo-basic', 'test-basic')] },
  'GET /providers': { data: [provider('test-basic', 'BASIC'), provider('test-oauth2', 'OAUTH2'), provider('test-tba', 'TBA')] },
  'GET /connections': { connections: [] },
};
const fakeFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const body = answers[`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`];
  return new Response(JSON.stringify(body ?? { error: { code: 'not_found' } }), { status: body ? 200 : 404 });
});

const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // jsdom lays nothing out; record what the form asks to bring into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

async function configure(providerName: string) {
  const model = createConsole({ apiUrl: 'http://api.test', openWidget: vi.fn(), fetch: fakeFetch });
  render(<App model={model} />);
  await model.signIn('sk');
  fireEvent.click(await screen.findByRole('button', { name: 'Configure new integration' }));
  const dialog = await screen.findByRole('dialog', { name: 'Configure new integration' });
  fireEvent.click(await within(dialog).findByRole('button', { name: new RegExp(`P ${providerName}`) }));
  await within(dialog).findByLabelText('Integration ID');
  return dialog;
}

describe('Configure new integration', () => {
  it('moves focus to a duplicate ID’s error, above the fold, and brings it into view when Save is pressed', async () => {
    const dialog = await configure('test-basic');
    const id = within(dialog).getByLabelText('Integration ID');
    fireEvent.input(id, { target: { value: 'demo-basic' } });
    const save = within(dialog).getByRole('button', { name: 'Save integration' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(id));
    expect(within(dialog).getByText('Another integration already uses this ID.')).toBeTruthy();
    expect(scrolled).toContain(id);
  });

  it('moves focus to the first of several errors, in the order of the form', async () => {
    const dialog = await configure('test-oauth2');
    fireEvent.input(within(dialog).getByLabelText('Integration ID'), { target: { value: 'bad key!' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save integration' }));
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Integration ID')));
    fireEvent.input(within(dialog).getByLabelText('Integration ID'), { target: { value: 'fine' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save integration' }));
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Client ID')));
  });

  it('shows the OAuth box with the callback URL for OAuth, and only optional client credentials for TBA', async () => {
    const oauth = await configure('test-oauth2');
    expect(within(oauth).getByText('Callback URL')).toBeTruthy();
    expect(within(oauth).getByText('http://api.test/oauth/callback')).toBeTruthy();
    cleanup();
    const tba = await configure('test-tba');
    expect(within(tba).queryByText('Callback URL')).toBeNull();
    expect(within(tba).queryByText('OAuth')).toBeNull();
    expect(within(tba).queryByText(/OAuth app/)).toBeNull();
    expect(within(tba).getByLabelText('Client ID')).toBeTruthy();
    expect(within(tba).queryByLabelText('Scopes')).toBeNull();
  });
});
