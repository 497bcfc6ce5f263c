import { afterEach, describe, expect, it } from 'vitest';
import { createTestApi, jsonPost, testSecretKey, type TestApi } from '../test/test-deps';

// A session may carry the host's product (name, https logo, the "Secured by" line) under
// Plugboard's own `plugboard` key; the widget reads it from GET /connect/session.

let api: TestApi | undefined;
afterEach(() => {
  api?.cleanup();
  api = undefined;
});

const auth = { authorization: `Bearer ${testSecretKey}` };

async function createSession(body: Record<string, unknown>) {
  api ??= createTestApi();
  return api.app.request('/connect/sessions', jsonPost({ end_user: { id: 'u' }, ...body }, auth));
}

async function sessionOf(token: string) {
  const res = await api!.app.request('/connect/session', { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { data: Record<string, unknown> }).data;
}

describe('session branding', () => {
  it('is stored and returned under `plugboard.branding`', async () => {
    const branding = { name: 'Acme CRM', logo_url: 'https://cdn.acme.example/logo.svg', powered_by: false };
    const res = await createSession({ plugboard: { branding } });
    expect(res.status).toBe(201);
    const { token } = ((await res.json()) as { data: { token: string } }).data;
    const data = await sessionOf(token);
    expect(data.plugboard).toEqual({ branding });
    // The "Secured by" line goes through the setting every widget already honours.
    expect((data.connectUISettings as { showWatermark: boolean }).showWatermark).toBe(false);
  });

  it('keeps the environment\'s showWatermark unless the session turns it off', async () => {
    const { token } = ((await (await createSession({ plugboard: { branding: { name: 'Acme CRM' } } })).json()) as { data: { token: string } }).data;
    expect(((await sessionOf(token)).connectUISettings as { showWatermark: boolean }).showWatermark).toBe(true);
  });

  it('is absent from a session without it, which stays exactly Nango-shaped', async () => {
    const { token } = ((await (await createSession({})).json()) as { data: { token: string } }).data;
    expect(await sessionOf(token)).not.toHaveProperty('plugboard');
  });

  it.each([
    ['an http logo', { logo_url: 'http://acme.example/logo.svg' }],
    ['a javascript: logo', { logo_url: 'javascript:alert(1)' }],
    ['a data: logo', { logo_url: 'data:image/svg+xml,<svg/>' }],
    ['an empty name', { name: '' }],
    ['an unknown key', { colour: 'red' }],
  ])('refuses %s with 400 invalid_body', async (_label, branding) => {
    const res = await createSession({ plugboard: { branding } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_body');
  });
});
