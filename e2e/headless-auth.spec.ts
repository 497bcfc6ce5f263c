import type { Page } from '@playwright/test';
import { expect, test, type SessionBody } from './support/fixtures';
import type { HeadlessOutcome } from './support/nango-auth-page';
import type { Stack } from './support/stack';

// Headless auth side by side: each scenario runs `auth()` through Nango's own `@nangohq/frontend`
// and through Plugboard's `Nango` (the SDK's ES module, which loads the headless client lazily),
// on the same page, against the reference API, each with a fresh session. Both must end the same
// way: the same result, or an `Error` with the same `type` and `message`.

type Sdk = 'nango' | 'plugboard';

interface Scenario {
  name: string;
  /** The session's body, or a token the API does not know / cannot read, or none at all. */
  session: SessionBody | 'unknown' | 'malformed' | 'none';
  args: unknown[];
  /** What the user does in the OAuth window. */
  inWindow?: (popup: Page) => Promise<void>;
  blockPopups?: boolean;
  expected: { providerConfigKey: string; isPending?: boolean } | ExpectedError;
  /**
   * Where Plugboard's ends differently, the documented difference (README, "Headless auth"): the
   * headless client reads the session's integrations and checks the fields before it posts.
   */
  ours?: ExpectedError;
}

interface ExpectedError {
  type: string;
  message: string | RegExp;
}

const apiKey = { allowed_integrations: ['demo-api-key'] };
const basic = { allowed_integrations: ['demo-basic'] };
const oauth = { allowed_integrations: ['demo-oauth2'] };
const apiKeyOptions = (key: string) => ({ credentials: { apiKey: key }, params: { region: 'eu' } });
const unknownToken = `nango_connect_session_${'a'.repeat(64)}`;

const scenarios: Scenario[] = [
  { name: 'API key', session: apiKey, args: ['demo-api-key', apiKeyOptions('test_headless')], expected: { providerConfigKey: 'demo-api-key' } },
  {
    name: 'Basic',
    session: basic,
    args: ['demo-basic', { credentials: { username: 'ada@example.com', password: 'test_headless' }, params: { subdomain: 'acme' } }],
    expected: { providerConfigKey: 'demo-basic' },
  },
  {
    name: 'no credentials for an API-key integration (the OAuth window opens, the API refuses the mode)',
    session: apiKey,
    args: ['demo-api-key', { params: { region: 'eu' } }],
    inWindow: async (popup) => void (popup.isClosed() || (await popup.waitForEvent('close'))),
    expected: { type: 'invalid_auth_mode', message: 'The integration "demo-api-key" uses API_KEY, which this route does not handle' },
  },
  {
    name: 'an empty API key',
    session: apiKey,
    args: ['demo-api-key', apiKeyOptions('')],
    expected: { type: 'invalid_body', message: '' },
    ours: { type: 'missing_credentials', message: 'credentials.apiKey: This field is required.' },
  },
  {
    name: 'a connection id of the caller\'s choosing, which a connect session does not take',
    session: apiKey,
    args: ['demo-api-key', 'my-connection', apiKeyOptions('test_headless')],
    expected: { type: 'invalid_query_params', message: '' },
  },
  {
    name: 'a wrong API key, refused by the provider check',
    session: apiKey,
    args: ['demo-api-key', apiKeyOptions('wrong')],
    expected: { type: 'connection_test_failed', message: /rejected the API key/ },
  },
  {
    name: 'an integration the API does not know',
    session: {},
    args: ['no-such-integration', apiKeyOptions('test_headless')],
    expected: { type: 'unknown_provider_config', message: 'There is no integration with the key "no-such-integration"' },
    ours: { type: 'unknown_provider_config', message: 'The session does not offer the integration "no-such-integration".' },
  },
  {
    name: 'an integration the session does not allow',
    session: basic,
    args: ['demo-api-key', apiKeyOptions('test_headless')],
    expected: { type: 'integration_not_allowed', message: 'This connect session does not allow the integration "demo-api-key"' },
    ours: { type: 'integration_not_allowed', message: 'The session does not offer the integration "demo-api-key".' },
  },
  {
    name: 'an expired (unknown) session token',
    session: 'unknown',
    args: ['demo-api-key', apiKeyOptions('test_headless')],
    expected: { type: 'unknown_connect_session_token', message: /unknown or has expired/ },
  },
  {
    name: 'a malformed session token',
    session: 'malformed',
    args: ['demo-api-key', apiKeyOptions('test_headless')],
    expected: { type: 'invalid_connect_session_token_format', message: /not following correct format/ },
    ours: { type: 'invalid_connect_session_token_format', message: 'The connect session token is malformed: it should look like nango_connect_session_…' },
  },
  {
    name: 'no session token',
    session: 'none',
    args: ['demo-api-key', apiKeyOptions('test_headless')],
    expected: { type: 'missing_auth_token', message: 'You must specify a public key OR a connect session token (cf. documentation).' },
  },
  {
    name: 'OAuth: Allow in the window',
    session: oauth,
    args: ['demo-oauth2', {}],
    inWindow: (popup) => popup.getByRole('button', { name: 'Allow' }).click(),
    expected: { providerConfigKey: 'demo-oauth2', isPending: false },
  },
  {
    name: 'OAuth: authorization_params reach the provider',
    session: oauth,
    args: ['demo-oauth2', { authorization_params: { login_hint: 'ada@example.com' } }],
    inWindow: async (popup) => {
      await expect(popup.getByRole('button', { name: 'Allow' })).toBeVisible();
      expect(new URL(popup.url()).searchParams.get('login_hint')).toBe('ada@example.com');
      await popup.getByRole('button', { name: 'Allow' }).click();
    },
    expected: { providerConfigKey: 'demo-oauth2', isPending: false },
  },
  {
    name: 'OAuth: Deny in the window',
    session: oauth,
    args: ['demo-oauth2', { detectClosedAuthWindow: true }],
    inWindow: (popup) => popup.getByRole('button', { name: 'Deny' }).click(),
    expected: { type: 'callback_err', message: /^Access was denied at the provider/ },
  },
  {
    name: 'OAuth: the window closed early (detectClosedAuthWindow)',
    session: oauth,
    args: ['demo-oauth2', { detectClosedAuthWindow: true }],
    inWindow: async (popup) => {
      await expect(popup.getByRole('button', { name: 'Allow' })).toBeVisible();
      await popup.close();
    },
    expected: { type: 'window_closed', message: 'The authorization window was closed before the authorization flow was completed' },
  },
  {
    name: 'OAuth: a popup blocker',
    session: oauth,
    args: ['demo-oauth2', {}],
    blockPopups: true,
    expected: { type: 'blocked_by_browser', message: 'Modal blocked by browser' },
  },
  {
    name: 'OAuth with an expired session token',
    session: 'unknown',
    args: ['demo-oauth2', { detectClosedAuthWindow: true }],
    // The window closes by itself (the API's error page, or the client as it rejects), maybe before we listen.
    inWindow: async (popup) => void (popup.isClosed() || (await popup.waitForEvent('close'))),
    expected: { type: 'unknown_connect_session_token', message: /unknown or has expired/ },
  },
];

async function tokenFor(session: Scenario['session'], createSession: (body?: SessionBody) => Promise<string>): Promise<string | null> {
  if (session === 'none') return null;
  if (session === 'unknown') return unknownToken;
  if (session === 'malformed') return 'not-a-session-token';
  return createSession(session);
}

/** Runs the scenario's `auth()` through one SDK, from a click on a fresh page, and returns what the caller saw. */
async function runThrough(page: Page, stack: Stack, sdk: Sdk, token: string | null, scenario: Scenario): Promise<HeadlessOutcome> {
  await page.goto(`${stack.hostUrl}/pages/nango-auth.html?${new URLSearchParams({ api: stack.apiUrl })}`);
  await page.waitForFunction(() => 'nangoAuth' in window);
  if (scenario.blockPopups) await page.evaluate(() => window.nangoAuth.blockPopups());
  await page.evaluate(([s, t, a]) => window.nangoAuth.prepare(s, t, a), [sdk, token, scenario.args] as const);
  const opened = scenario.inWindow ? page.waitForEvent('popup') : null;
  await page.locator('#run').click();
  if (opened && scenario.inWindow) await scenario.inWindow(await opened);
  return page.evaluate(() => window.nangoAuth.outcome ?? Promise.reject(new Error('no auth() call was prepared')));
}

/** What the test compares: the result without the random connection id, or the error's kind, type and message. */
function comparable(outcome: HeadlessOutcome) {
  if (outcome.error) return { error: outcome.error };
  const { connectionId, ...rest } = (outcome.result ?? {}) as { connectionId?: unknown };
  return { result: { ...rest, hasConnectionId: typeof connectionId === 'string' && connectionId.length > 0 } };
}

const anError = ({ type, message }: ExpectedError) => ({ isError: true, type, message: typeof message === 'string' ? message : expect.stringMatching(message) });

async function connectionExists(stack: Stack, outcome: HeadlessOutcome): Promise<boolean> {
  const { connectionId, providerConfigKey } = outcome.result as { connectionId: string; providerConfigKey: string };
  const url = `${stack.apiUrl}/connections/${encodeURIComponent(connectionId)}?provider_config_key=${encodeURIComponent(providerConfigKey)}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${stack.secretKey}` } });
  return response.status === 200;
}

for (const scenario of scenarios) {
  test(`headless auth, ${scenario.name}: Plugboard's Nango ends as @nangohq/frontend's`, async ({ page, stack, createSession }) => {
    const nango = await runThrough(page, stack, 'nango', await tokenFor(scenario.session, createSession), scenario);
    const ours = await runThrough(page, stack, 'plugboard', await tokenFor(scenario.session, createSession), scenario);

    const { expected } = scenario;
    if ('type' in expected) {
      expect(nango.error).toEqual(anError(expected));
    } else {
      expect(comparable(nango)).toEqual({ result: { ...expected, hasConnectionId: true } });
      expect(await connectionExists(stack, nango)).toBe(true);
      expect(await connectionExists(stack, ours)).toBe(true);
    }
    if (scenario.ours) expect(ours.error).toEqual(anError(scenario.ours));
    else expect(comparable(ours)).toEqual(comparable(nango));
  });
}

test('headless auth: when plugboard/headless cannot load, auth() rejects with unknown_error and closes the window it opened', async ({ page, stack, createSession }) => {
  await page.route('**/sdk/headless.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
  const scenario: Scenario = { name: 'no headless.js', session: oauth, args: ['demo-oauth2', {}], expected: { type: 'unknown_error', message: '' } };
  const closed = page.waitForEvent('popup').then(async (popup) => void (popup.isClosed() || (await popup.waitForEvent('close'))));
  const outcome = await runThrough(page, stack, 'plugboard', await createSession(oauth), scenario);
  expect(outcome.error).toEqual({ isError: true, type: 'unknown_error', message: expect.stringMatching(/^The headless client did not load/) });
  await closed;
});
