import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseApiURL, decideApiAccess } from './api-access';

const allowed = ['https://api.nango.dev', 'https://nango.customer.example/nango'];
const refusal = (code: string) => ({ ok: false, failure: expect.objectContaining({ errorType: 'invalid_request', code }) });

describe('which API a deployed widget may talk to', () => {
  it('takes the URL\'s apiURL when its origin and path prefix are configured', () => {
    expect(chooseApiURL('https://api.nango.dev', allowed, 'x')).toEqual({ ok: true, apiURL: 'https://api.nango.dev' });
    expect(chooseApiURL('https://nango.customer.example/nango/v1', allowed, 'x')).toEqual({ ok: true, apiURL: 'https://nango.customer.example/nango/v1' });
  });

  it('uses the first configured API when the URL names none', () => {
    expect(chooseApiURL(null, allowed, 'x')).toEqual({ ok: true, apiURL: 'https://api.nango.dev' });
  });

  it.each([
    'https://evil.example',
    'https://api.nango.dev.evil.example',
    'http://api.nango.dev', // another scheme is another origin
    'https://api.nango.dev:8443',
    'https://nango.customer.example/nangox',
    'https://nango.customer.example/',
    'https://nango.customer.example/nango/../evil',
    'https://user:pw@api.nango.dev',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s, naming it and what is allowed', (requested) => {
    const access = chooseApiURL(requested, allowed, 'config.json');
    expect(access).toEqual(refusal('api_url_not_allowed'));
    if (!access.ok) expect(access.failure.message).toMatch(/may not talk to the API at .+ config\.json allows only https:\/\/api\.nango\.dev, https:\/\/nango\.customer\.example\/nango/);
  });
});

describe('the deployment configuration', () => {
  const serving = (status: number, body: string) => vi.fn<typeof fetch>(async () => new Response(body, { status }));

  it('a list built in with PLUGBOARD_API_URL wins, and config.json is then not even fetched', async () => {
    const fetcher = serving(200, JSON.stringify({ apiURLs: ['https://evil.example'] }));
    expect(await decideApiAccess('', { builtIn: 'https://api.nango.dev,https://b.example', fetcher })).toEqual({ ok: true, apiURL: 'https://api.nango.dev' });
    expect(await decideApiAccess('https://evil.example', { builtIn: 'https://api.nango.dev', fetcher })).toEqual(refusal('api_url_not_allowed'));
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('otherwise reads config.json beside index.html', async () => {
    const fetcher = serving(200, JSON.stringify({ apiURLs: ['https://nango.customer.example'], imageOrigins: ['https://logos.example'] }));
    expect(await decideApiAccess('', { builtIn: null, fetcher })).toEqual({ ok: true, apiURL: 'https://nango.customer.example' });
    expect(fetcher).toHaveBeenCalledWith('config.json', expect.anything());
  });

  it('an unreachable config.json is a network error, not a missing configuration', async () => {
    const fetcher = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const access = await decideApiAccess('', { builtIn: null, fetcher });
    expect(access).toEqual({ ok: false, failure: expect.objectContaining({ errorType: 'network_error', code: null }) });
  });

  it('a config.json that never answers is a network error in time (10 s by default), not a loader forever', async () => {
    const fetcher = vi.fn<typeof fetch>((_url, init) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))));
    const access = await decideApiAccess('', { builtIn: null, fetcher, timeoutMs: 50 });
    expect(access).toEqual({ ok: false, failure: expect.objectContaining({ errorType: 'network_error', code: null }) });
  });

  it('no configuration at all says how to give one', async () => {
    const access = await decideApiAccess('https://api.nango.dev', { builtIn: null, fetcher: serving(404, '') });
    expect(access).toEqual(refusal('widget_not_configured'));
    if (!access.ok) expect(access.failure.message).toMatch(/PLUGBOARD_API_URL.*config\.json/);
  });

  it.each([
    ['not JSON', '<html>'],
    ['no list', '{}'],
    ['an empty list', '{"apiURLs":[]}'],
    ['a list of non-strings', '{"apiURLs":[1]}'],
    ['a relative URL', '{"apiURLs":["/api"]}'],
    ['image origins that are not strings', '{"apiURLs":["https://api.nango.dev"],"imageOrigins":[1]}'],
    ['an own __proto__ holding the list', '{"__proto__":{"apiURLs":["https://api.nango.dev"]}}'],
  ])('a config.json with %s is named invalid', async (_, body) => {
    const access = await decideApiAccess('', { builtIn: null, fetcher: serving(200, body) });
    expect(access).toEqual(refusal('widget_not_configured'));
    if (!access.ok) expect(access.failure.message).toMatch(/config\.json is invalid/);
  });
});

describe('the configuration the widget server embeds in the page', () => {
  const embed = (content: string) => {
    const meta = document.createElement('meta');
    meta.name = 'plugboard-config';
    meta.content = content;
    document.head.append(meta);
  };
  const unused = () => vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ apiURLs: ['https://evil.example'] })));
  afterEach(() => document.head.querySelectorAll('meta').forEach((meta) => meta.remove()));

  it('is read from <meta name=plugboard-config>, and config.json is then not fetched', async () => {
    embed(JSON.stringify({ apiURLs: ['https://nango.customer.example', 'https://b.example/nango'], imageOrigins: ['https://logos.example'] }));
    const fetcher = unused();
    expect(await decideApiAccess('', { builtIn: null, fetcher })).toEqual({ ok: true, apiURL: 'https://nango.customer.example' });
    expect(await decideApiAccess('https://b.example/nango/v1', { builtIn: null, fetcher })).toEqual({ ok: true, apiURL: 'https://b.example/nango/v1' });
    const refusedAccess = await decideApiAccess('https://evil.example', { builtIn: null, fetcher });
    expect(refusedAccess).toEqual(refusal('api_url_not_allowed'));
    if (!refusedAccess.ok) expect(refusedAccess.failure.message).toMatch(/may not talk to the API at https:\/\/evil\.example: its plugboard-config meta allows only https:\/\/nango\.customer\.example, https:\/\/b\.example\/nango/);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON', '<html>', 'root: expected an object'],
    ['an empty content', '', 'root: expected an object'],
    ['an empty list', '{"apiURLs":[]}', 'apiURLs: expected at least one URL'],
  ])('one with %s is refused as invalid, naming the problem, without falling back to config.json', async (_, content, problem) => {
    embed(content);
    const fetcher = unused();
    const access = await decideApiAccess('', { builtIn: null, fetcher });
    expect(access).toEqual(refusal('widget_not_configured'));
    if (!access.ok) expect(access.failure.message).toContain(`The widget's plugboard-config meta is invalid (${problem}).`);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('a list built in with PLUGBOARD_API_URL still wins over it', async () => {
    embed(JSON.stringify({ apiURLs: ['https://evil.example'] }));
    expect(await decideApiAccess('', { builtIn: 'https://api.nango.dev', fetcher: unused() })).toEqual({ ok: true, apiURL: 'https://api.nango.dev' });
  });
});
