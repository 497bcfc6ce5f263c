import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, createTestApi, testSecretKey, type TestApi } from '../test/test-deps';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.cleanup());

describe('GET /integrations', () => {
  it('lists every demo integration with its logo for a session', async () => {
    const res = await api.app.request('/integrations', bearer(await api.createSession()));
    const { data } = await res.json();
    expect(data.map((item: { unique_key: string }) => item.unique_key)).toContain('demo-oauth2');
    expect(data[0]).toEqual({
      unique_key: 'demo-api-key',
      provider: 'test-api-key',
      display_name: 'Test API Key',
      logo: 'http://api.test/images/template-logos/test-api-key.svg',
      forward_webhooks: false,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
  });

  it("keeps only the session's allowed integrations", async () => {
    const token = await api.createSession({ end_user: { id: 'u1' }, allowed_integrations: ['demo-basic', 'demo-none'] });
    const { data } = await (await api.app.request('/integrations', bearer(token))).json();
    expect(data.map((item: { unique_key: string }) => item.unique_key).sort()).toEqual(['demo-basic', 'demo-none']);
  });

  it('refuses a query string', async () => {
    const res = await api.app.request('/integrations?connect_session_token=x', bearer(await api.createSession()));
    expect((await res.json()).error.code).toBe('invalid_query_params');
  });
});

describe('GET /providers/:provider', () => {
  it('returns the provider with its name and logo', async () => {
    const token = await api.createSession();
    const { data } = await (await api.app.request('/providers/test-basic', bearer(token))).json();
    expect(data).toMatchObject({ name: 'test-basic', auth_mode: 'BASIC', logo_url: 'http://api.test/images/template-logos/test-basic.svg' });
    expect(data.connection_config.subdomain).toMatchObject({ prefix: 'https://', suffix: '.basic.plugboard.test', order: 1 });
  });

  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8', 'Adresse e-mail'],
    ['de', 'E-Mail-Adresse'],
    ['ja, es;q=0.5', 'メールアドレス'],
    ['ja', 'メールアドレス'],
    ['pt-BR', 'Endereço de e-mail'],
    ['it', 'Indirizzo email'],
    ['nl', 'E-mailadres'],
    ['zh-CN', '电子邮件地址'],
    ['ar', 'عنوان البريد الإلكتروني'],
    ['ko', 'Email Address'],
  ])('localises field titles for Accept-Language %s', async (acceptLanguage, title) => {
    const res = await api.app.request('/providers/test-basic', { headers: { authorization: `Bearer ${testSecretKey}`, 'accept-language': acceptLanguage } });
    expect((await res.json()).data.credentials.username.title).toBe(title);
  });

  it('answers 404 not_found for an unknown provider', async () => {
    const res = await api.app.request('/providers/nope', bearer(testSecretKey));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toEqual({ code: 'not_found', message: 'Unknown provider nope' });
  });

  it('answers 400 invalid_uri_params for a malformed provider name', async () => {
    const res = await api.app.request('/providers/bad.name', bearer(testSecretKey));
    expect((await res.json()).error.code).toBe('invalid_uri_params');
  });

  it('lists and searches providers', async () => {
    const { data } = await (await api.app.request('/providers?search=OAUTH2', bearer(testSecretKey))).json();
    expect(data.map((p: { name: string }) => p.name)).toEqual(['test-oauth2', 'test-oauth2-cc', 'test-oauth2-outbound']);
  });
});

describe('GET /images/template-logos/:provider.svg', () => {
  it('serves an SVG logo for a built-in provider', async () => {
    const res = await api.app.request('/images/template-logos/test-oauth2.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(await res.text()).toContain('<svg');
  });

  it('answers 404 for an unknown provider', async () => {
    expect((await api.app.request('/images/template-logos/nope.svg')).status).toBe(404);
  });
});
