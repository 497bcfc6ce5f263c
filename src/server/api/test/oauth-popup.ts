/**
 * Walks the OAuth2 popup against a running server as a browser would: `/oauth/connect` → the
 * test provider's consent page → Allow or Deny → `/oauth/callback`, the state cookie carried by hand.
 */
export async function runOAuthPopup(
  apiUrl: string,
  { token, integration = 'demo-oauth2', decision, send = fetch }:
    { token: string; integration?: string; decision: 'allow' | 'deny'; send?: (url: string | URL, init?: RequestInit) => Promise<Response> },
): Promise<Response> {
  const start = await send(`${apiUrl}/oauth/connect/${integration}?connect_session_token=${token}`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/oauth/connect answered ${start.status}: ${await start.text()}`);
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const authorizeUrl = new URL(start.headers.get('location') ?? '');
  const consent = await (await send(authorizeUrl)).text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
  const decided = await send(new URL('decision', authorizeUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }).toString(),
    redirect: 'manual',
  });
  return send(decided.headers.get('location') ?? '', { headers: { cookie } });
}

/** The outcome the callback page hands to its script. */
export function callbackPageData(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="plugboard-callback-data">(.*?)<\/script>/.exec(html)?.[1] ?? '{}');
}
