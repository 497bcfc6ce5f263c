/**
 * Walks the OAuth2 popup against a running server as a browser would: `/oauth/connect` → the
 * test provider's consent page → Allow or Deny → `/oauth/callback`, the state cookie carried by hand.
 */
export async function runOAuthPopup(apiUrl: string, { token, integration = 'demo-oauth2', decision }: { token: string; integration?: string; decision: 'allow' | 'deny' }): Promise<Response> {
  const start = await fetch(`${apiUrl}/oauth/connect/${integration}?connect_session_token=${token}`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/oauth/connect answered ${start.status}: ${await start.text()}`);
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const authorizeUrl = new URL(start.headers.get('location') ?? '');
  const consent = await (await fetch(authorizeUrl)).text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
  const decided = await fetch(new URL('decision', authorizeUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }).toString(),
    redirect: 'manual',
  });
  return fetch(decided.headers.get('location') ?? '', { headers: { cookie } });
}

/** The outcome the callback page hands to its script. */
export function callbackPageData(html: string): Record<string, unknown> {
  return JSON.parse(/<script type="application\/json" id="plugboard-callback-data">(.*?)<\/script>/.exec(html)?.[1] ?? '{}');
}
