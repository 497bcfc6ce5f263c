import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './http';
import { sendLoadGets } from './early-get';

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
