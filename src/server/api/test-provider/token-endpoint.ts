import type { Context } from 'hono';
import { parseFormBody } from '../http/safe-keys';
import { s256 } from '../oauth/pkce';
import type { GrantStore } from './grant-store';
import { findClientOrOwnApp, type TestProviderOptions } from './test-provider-app';

type Form = Record<string, string>;
type TokenAnswer = { status: 200 | 400 | 401; body: Record<string, string | number> };

const failure = (status: 400 | 401, error: string, description: string): TokenAnswer => ({
  status,
  body: { error, error_description: description },
});

/** RFC 6749 section 3.2: authorization_code (with PKCE), refresh_token and client_credentials grants. */
export async function handleTokenRequest(c: Context, grants: GrantStore, options: TestProviderOptions): Promise<Response> {
  const form = await readForm(c);
  const credentials = clientCredentialsOf(c, form);
  const answer = answerFor(form, credentials, grants, options);
  c.header('Cache-Control', 'no-store');
  return c.json(answer.body, answer.status);
}

function answerFor(form: Form, client: { id: string; secret: string }, grants: GrantStore, options: TestProviderOptions): TokenAnswer {
  switch (form['grant_type']) {
    case 'authorization_code':
      return authorizationCode(form, client, grants, options);
    case 'refresh_token': {
      if (!isRegisteredClient(client, options)) return failure(401, 'invalid_client', 'Unknown client or wrong client secret');
      const grant = grants.takeRefreshToken(form['refresh_token'] ?? '');
      if (!grant || grant.clientId !== client.id) return failure(400, 'invalid_grant', 'The refresh token is invalid or was already used');
      return { status: 200, body: grants.issueTokens(client.id, grant.scope, { withRefresh: true }) };
    }
    case 'client_credentials':
      // Client-credentials clients are the end user's own; any secret starting with test_ passes.
      if (client.id === '' || !client.secret.startsWith('test_')) {
        return failure(401, 'invalid_client', 'The client secret is wrong: this test provider accepts secrets that start with "test_"');
      }
      return { status: 200, body: grants.issueTokens(client.id, form['scope'] ?? '', { withRefresh: false }) };
    default:
      return failure(400, 'unsupported_grant_type', `Unsupported grant_type "${form['grant_type'] ?? ''}"`);
  }
}

/**
 * RFC 7009 token revocation, for refresh tokens: what a user does by removing the app from their
 * account at the provider. The client authenticates; the answer is 200 whether or not the token was known.
 */
export async function handleRevocation(c: Context, grants: GrantStore, options: TestProviderOptions): Promise<Response> {
  const form = await readForm(c);
  const client = clientCredentialsOf(c, form);
  c.header('Cache-Control', 'no-store');
  if (!isRegisteredClient(client, options)) return c.json({ error: 'invalid_client', error_description: 'Unknown client or wrong client secret' }, 401);
  grants.revokeRefreshToken(form['token'] ?? '', client.id);
  return c.body(null, 200);
}

function authorizationCode(form: Form, client: { id: string; secret: string }, grants: GrantStore, options: TestProviderOptions): TokenAnswer {
  if (!isRegisteredClient(client, options)) return failure(401, 'invalid_client', 'Unknown client or wrong client secret');
  const issued = grants.takeCode(form['code'] ?? '');
  if (!issued || issued.clientId !== client.id) return failure(400, 'invalid_grant', 'The authorization code is invalid, expired or already used');
  if (issued.redirectUri !== form['redirect_uri']) return failure(400, 'invalid_grant', 'redirect_uri does not match the authorization request');
  if (issued.codeChallenge !== null) {
    const verifier = form['code_verifier'] ?? '';
    const expected = issued.codeChallengeMethod === 'S256' ? s256(verifier) : verifier;
    if (verifier === '' || expected !== issued.codeChallenge) return failure(400, 'invalid_grant', 'PKCE verification failed');
  }
  return { status: 200, body: grants.issueTokens(client.id, issued.scope, { withRefresh: true }) };
}

function isRegisteredClient(client: { id: string; secret: string }, options: TestProviderOptions): boolean {
  const registered = findClientOrOwnApp(options, client.id);
  if (registered === undefined) return false;
  return registered.clientSecret === null ? client.secret.startsWith('test_') : registered.clientSecret === client.secret;
}

/** Client authentication by HTTP Basic or in the body (RFC 6749 section 2.3.1). */
function clientCredentialsOf(c: Context, form: Form): { id: string; secret: string } {
  const basic = /^Basic\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (basic) {
    const [id = '', secret = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    return { id: decodeURIComponent(id), secret: decodeURIComponent(secret) };
  }
  return { id: form['client_id'] ?? '', secret: form['client_secret'] ?? '' };
}

async function readForm(c: Context): Promise<Form> {
  return parseFormBody(await c.req.text());
}
