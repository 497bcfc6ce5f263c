import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectUIOptions } from '../../sdk';
import { createConsole } from '../models/console-model';
import { environment, integration, provider } from '../test/results';
import { App } from './App';

afterEach(cleanup);

const connection = { id: 1, connection_id: 'c1', provider_config_key: 'demo-basic', provider: 'test-basic', created: '2026-01-01T00:00:00.000Z', end_user: null };
const session = { token: 'nango_connect_session_x', connect_link: 'http://ui.test/?session_token=x', expires_at: '' };
const answers: Record<string, unknown> = {
  'GET /plugboard/environment': { data: environment },
  'GET /integrations': { data: [integration('demo-basic', 'test-basic')] },
  'GET /providers': { data: [provider('test-basic', 'BASIC')] },
  'GET /connections': { connections: [connection] },
  'POST /connect/sessions': { data: session },
  'POST /connect/sessions/reconnect': { data: session },
  'PATCH /plugboard/environment/webhook': { success: true },
  'POST /environment/webhook-signing-key/rotate': { data: { webhook_signing_key: 'wsk2' } },
  'GET /plugboard/webhook-deliveries': { data: [] },
  'DELETE /integrations/demo-basic': { success: true },
};

const fakeFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const body = answers[`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`];
  return new Response(JSON.stringify(body ?? { error: { code: 'not_found' } }), { status: body ? 200 : 404 });
});

async function signedIn() {
  const opened: ConnectUIOptions[] = [];
  const openWidget = (options: ConnectUIOptions) => {
    opened.push(options);
    return { setSessionToken: vi.fn(), close: vi.fn() };
  };
  const model = createConsole({ apiUrl: 'http://api.test', openWidget, fetch: fakeFetch });
  render(<App model={model} />);
  await model.signIn('sk');
  await screen.findByRole('row', { name: /demo-basic/ });
  return { model, opened };
}

const panel = () => screen.getByRole('tabpanel');
const card = (heading: string) => screen.getByRole('heading', { name: heading }).closest<HTMLElement>('.pbc-card')!;

describe('console status lines: one per action, beside what it is about', () => {
  it('shows a new connection on Integrations with a working “See it in Connections”, and not once there', async () => {
    const { opened } = await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Add connection: demo-basic' }));
    await waitFor(() => expect(opened).toHaveLength(1));
    await opened[0]?.onEvent?.({ type: 'connect', payload: { providerConfigKey: 'demo-basic', connectionId: 'c2' } });
    await waitFor(() => expect(within(panel()).getByText(/A new connection to demo-basic was created\./)).toBeTruthy());
    fireEvent.click(within(panel()).getByRole('button', { name: 'See it in Connections' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Connections' }).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Connections' }));
    await screen.findByRole('heading', { name: 'Connections', level: 2 });
    expect(screen.queryByText(/A new connection to demo-basic was created/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'See it in Connections' })).toBeNull();
  });

  it('shows “re-authorised” on Connections, where Reconnect was pressed, and not on Integrations', async () => {
    const { model, opened } = await signedIn();
    model.tabs.select('connections');
    fireEvent.click(await screen.findByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(opened).toHaveLength(1));
    await opened[0]?.onEvent?.({ type: 'connect', payload: { providerConfigKey: 'demo-basic', connectionId: 'c1' } });
    await waitFor(() => expect(within(panel()).getByText('The connection was re-authorised.')).toBeTruthy());
    fireEvent.click(screen.getByRole('tab', { name: 'Integrations' }));
    await screen.findByRole('heading', { name: 'Integrations', level: 2 });
    expect(screen.queryByText('The connection was re-authorised.')).toBeNull();
  });

  it('shows “rotated” in the signing key card, and the next action replaces it', async () => {
    const { model } = await signedIn();
    model.tabs.select('environment');
    await screen.findByRole('heading', { name: 'Webhook signing key' });
    fireEvent.input(screen.getByLabelText('Webhook URL'), { target: { value: 'https://example.com/hook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save URL' }));
    await waitFor(() => expect(within(card('Webhooks')).getByText('Saved.')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'Rotate' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Rotate' }));
    await waitFor(() => expect(within(card('Webhook signing key')).getByText('The signing key was rotated.')).toBeTruthy());
    expect(within(card('Webhooks')).queryByText('The signing key was rotated.')).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();

    fireEvent.click(screen.getByLabelText('Send token refresh error webhooks'));
    await waitFor(() => expect(within(card('Webhooks')).getByText('Saved.')).toBeTruthy());
    expect(screen.queryByText('The signing key was rotated.')).toBeNull();
  });

  it('clears the last status when another tab is opened', async () => {
    const { model } = await signedIn();
    fireEvent.click(screen.getByRole('button', { name: 'Delete demo-basic' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByText('demo-basic was deleted.')).toBeTruthy());
    model.tabs.select('connections');
    model.tabs.select('integrations');
    await screen.findByRole('heading', { name: 'Integrations', level: 2 });
    expect(screen.queryByText('demo-basic was deleted.')).toBeNull();
  });
});
