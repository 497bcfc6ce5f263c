import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './http';
import { readLoadGets, sendLoadGets } from './early-get';

const apiURL = 'https://api.test/prefix';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function clientWith(fetcher: typeof fetch, timeoutMs?: number) {
  return createApiClient({ apiURL, getToken: () => 'tok', acceptLanguage: () => 'fr, en;q=0.5', fetch: fetcher, timeoutMs });
}

describe('sendLoadGets', () => {
  it('sends both GETs at once, with the client’s URL prefix and headers', () => {
    const fetcher = vi.fn<typeof fetch>(() => new Promise(() => {}));
    sendLoadGets({ apiURL: `${apiURL}/`, token: 'tok', acceptLanguage: () => 'fr, en;q=0.5', fetch: fetcher });
    expect(fetcher.mock.calls.map(([url]) => url)).toEqual([`${apiURL}/connect/session`, `${apiURL}/integrations`]);
    expect(fetcher.mock.calls[0]?.[1]).toMatchObject({
      method: 'GET',
      headers: { accept: 'application/json', 'accept-language': 'fr, en;q=0.5', authorization: 'Bearer tok' },
    });
  });

  it('is taken over by the client: parsed there, never sent twice', async () => {
    const early = vi.fn<typeof fetch>(async (url) => (String(url).endsWith('/integrations') ? json({ data: [{ unique_key: 'a', provider: 'p' }, 42] }) : json({ data: {} })));
    const gets = sendLoadGets({ apiURL, token: 'tok', acceptLanguage: () => 'en', fetch: early });
    const late = vi.fn<typeof fetch>();
    const client = clientWith(late);
    expect(await client.listIntegrations(undefined, gets.integrations)).toEqual({ ok: true, value: [{ unique_key: 'a', provider: 'p' }] });
    expect(await client.getSession(undefined, gets.session)).toMatchObject({ ok: true });
    expect(late).not.toHaveBeenCalled();
    expect(early).toHaveBeenCalledTimes(2);
  });

  it('maps its failures as the client’s own: an error envelope, a timeout, a cancel, the network', async () => {
    const expired = sendLoadGets({ apiURL, token: 'tok', acceptLanguage: () => 'en', fetch: async () => json({ error: { code: 'unknown_connect_session_token' } }, 401) });
    expect(await clientWith(vi.fn()).getSession(undefined, expired.session)).toMatchObject({ ok: false, failure: { errorType: 'session_expired' } });

    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const slow = sendLoadGets({ apiURL, token: 'tok', acceptLanguage: () => 'en', fetch: hanging });
    expect(await clientWith(vi.fn(), 10).getSession(undefined, slow.session)).toMatchObject({ ok: false, failure: { errorType: 'timeout' } });

    const cancelled = new AbortController();
    const result = clientWith(vi.fn()).listIntegrations(cancelled.signal, slow.integrations);
    cancelled.abort();
    expect(await result).toMatchObject({ ok: false, failure: { isCancelled: true } });

    const offline = sendLoadGets({ apiURL, token: 'tok', acceptLanguage: () => 'en', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await clientWith(vi.fn()).getSession(undefined, offline.session)).toMatchObject({ ok: false, failure: { errorType: 'network_error' } });
  });
});

describe('readLoadGets (the first chunk reads the first load itself, without the API client)', () => {
  const read = (answer: (path: string) => Promise<Response>, timeoutMs = 1000, signal?: AbortSignal) => {
    const gets = sendLoadGets({ apiURL, token: 'tok', acceptLanguage: () => 'en', fetch: async (url) => answer(new URL(String(url)).pathname) });
    return readLoadGets(gets, { timeoutMs, signal });
  };

  it('parses both answers, dropping a malformed integration', async () => {
    const [session, integrations] = await read(async (path) => (path.endsWith('/integrations') ? json({ data: [{ unique_key: 'a', provider: 'p' }, { provider: 'p' }] }) : json({ data: { isReconnecting: true } })));
    expect(session).toEqual({ ok: true, value: { connectUISettings: null, isReconnecting: true } });
    expect(integrations).toEqual({ ok: true, value: [{ unique_key: 'a', provider: 'p' }] });
  });

  it('classifies each failure as the API client does: 401, offline, broken JSON, a wrong shape', async () => {
    const [expired] = await read(async () => json({ error: { code: 'unknown_connect_session_token' } }, 401));
    expect(expired).toMatchObject({ ok: false, failure: { errorType: 'session_expired', status: 401 } });
    const [offline] = await read(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline).toMatchObject({ ok: false, failure: { errorType: 'network_error' } });
    const [broken] = await read(async () => new Response('{"data":', { status: 200 }));
    expect(broken).toMatchObject({ ok: false, failure: { errorType: 'server_error', code: 'malformed_json', detail: '{"data":' } });
    const [, shape] = await read(async () => json({ data: { unique_key: 'a' } }));
    expect(shape).toMatchObject({ ok: false, failure: { errorType: 'server_error', code: 'unexpected_response' } });
  });

  it('times out, and a cancel is the user\'s own (both abort the GETs already sent)', async () => {
    // A fetch that, like the browser's, fails once its request is aborted.
    const hanging: typeof fetch = (_, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const timedOut = await readLoadGets(sendLoadGets({ apiURL, token: 'tok', acceptLanguage: () => 'en', fetch: hanging }), { timeoutMs: 10 });
    expect(timedOut[0]).toMatchObject({ ok: false, failure: { errorType: 'timeout' } });
    expect(timedOut[0].ok || timedOut[0].failure.isCancelled).toBeFalsy();
    const controller = new AbortController();
    const reading = readLoadGets(sendLoadGets({ apiURL, token: 'tok', acceptLanguage: () => 'en', fetch: hanging }), { timeoutMs: 1000, signal: controller.signal });
    controller.abort();
    expect((await reading)[1]).toMatchObject({ ok: false, failure: { errorType: 'timeout', isCancelled: true } });
  });
});
