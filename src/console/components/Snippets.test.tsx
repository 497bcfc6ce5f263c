import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsole } from '../models/console-model';
import { environment } from '../test/results';
import { App } from './App';

afterEach(cleanup);

const answers: Record<string, unknown> = {
  'GET /plugboard/environment': { data: environment },
  'GET /integrations': { data: [] },
  'GET /providers': { data: [] },
  'GET /connections': { connections: [] },
  'GET /plugboard/webhook-deliveries': { data: [] },
};
const fakeFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const body = answers[`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`];
  return new Response(JSON.stringify(body ?? { error: { code: 'not_found' } }), { status: body ? 200 : 404 });
});

describe('the console’s words and snippets', () => {
  it('shows npm start as code on the sign-in card, with no literal backticks', () => {
    render(<App model={createConsole({ apiUrl: 'http://api.test', openWidget: vi.fn(), fetch: fakeFetch })} />);
    const card = screen.getByRole('form', { name: 'Open the console' });
    expect(card.textContent).not.toContain('`');
    expect(within(card).getByText('npm start').tagName).toBe('CODE');
  });

  it('pre-fills the backend and frontend snippets with this server’s API and widget URLs, never the secret key', async () => {
    const model = createConsole({ apiUrl: 'http://api.test', openWidget: vi.fn(), fetch: fakeFetch });
    render(<App model={model} />);
    await model.signIn('sk');
    model.tabs.select('environment');
    const card = (await screen.findByRole('heading', { name: 'Use it from your code' })).closest<HTMLElement>('.pbc-card')!;
    const text = card.textContent ?? '';
    expect(text).toContain('curl -X POST http://api.test/connect/sessions');
    expect(text).toContain("baseURL: 'http://ui.test/'");
    expect(text).toContain("apiURL: 'http://api.test'");
    expect(text).not.toContain("'sk'");
    expect(text).not.toMatch(/Bearer sk\b/);
  });
});
