import { escapeHtml } from '../http/html';
import { builtInProviders } from '../providers/built-in-providers';
import type { AuthMode, Provider, ProviderField } from '../providers/provider';

/** How connecting works, per auth mode: what the end user sees and what the test provider accepts. */
const howItWorks: Partial<Record<AuthMode, string>> = {
  OAUTH2:
    'Connecting opens this test provider’s consent page in a popup. <strong>Allow</strong> sends the user back with an authorization code, which the API exchanges for an access token and a refresh token; <strong>Deny</strong> sends the user back with <code>access_denied</code>, and the Connect UI says the connection was refused. The integration needs a client ID and secret: any value works, as long as the secret is the one saved in the integration.',
  OAUTH1:
    'Connecting opens this test provider’s authorization page in a popup (OAuth 1.0a: request token, authorize, access token). <strong>Allow</strong> completes the connection; <strong>Deny</strong> ends it as refused.',
  APP: 'Connecting opens this test provider’s install page in a popup. Installing sends the user back with an installation id, which the API exchanges for an installation token with the app’s private key; cancelling ends it as refused.',
  CUSTOM: 'Connecting installs the app and authorises the user in one popup; the connection can stay pending until the install completes.',
  OAUTH2_CC: 'The user enters the client ID and secret of their own API client; the API exchanges them for an access token at once. Any secret that starts with <code>test_</code> is accepted.',
  API_KEY: 'The user pastes an API key into the Connect UI; nothing opens. Any key that starts with <code>test_</code> is accepted; anything else is refused with the provider’s error.',
  BASIC: 'The user enters a username and password (here: an email address and an API token) into the Connect UI; nothing opens. Any token that starts with <code>test_</code> is accepted.',
  TBA: 'Token-based authentication, NetSuite style: the user enters their account ID and token credentials in the Connect UI. Client credentials in the integration are optional.',
  JWT: 'The user enters the values the API signs a JSON Web Token with. Any private key that starts with <code>test_</code> is accepted.',
  TWO_STEP: 'The user enters an email and password; the API exchanges them for a token at this test provider. Any password that starts with <code>test_</code> is accepted.',
  NONE: 'A public API: nothing to enter, the connection is created at once.',
};

/**
 * A stand-in for a provider's "how to connect" guide, so `docs_connect` and `doc_section` links resolve:
 * it describes the named built-in provider (its auth mode and its own fields), or `null` for any other name.
 */
export function renderDocsPage(name: string): string | null {
  const providers = builtInProviders('');
  const provider = Object.hasOwn(providers, name) ? providers[name] : undefined;
  if (!provider) return null;
  const title = escapeHtml(provider.display_name);
  const how = howItWorks[provider.auth_mode] ?? `Auth mode ${escapeHtml(provider.auth_mode)}.`;
  const fields = [...visibleFields(provider, 'connection_config'), ...visibleFields(provider, 'credentials')];
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>Connect ${title} · Test Provider docs</title>`,
    '<link rel="stylesheet" href="../assets/provider.css">',
    '</head><body><main>',
    `<h1>How to connect ${title}</h1>`,
    `<p>A built-in test provider (auth mode <code>${escapeHtml(provider.auth_mode)}</code>). ${how}</p>`,
    ...(fields.length > 0 ? ['<h2>What you enter</h2>', ...fields.map(renderField)] : []),
    '</main></body></html>',
  ].join('');
}

function visibleFields(provider: Provider, group: 'credentials' | 'connection_config'): ProviderField[] {
  return Object.values(provider[group] ?? {}).filter((field) => !field.hidden);
}

function renderField(field: ProviderField): string {
  const id = field.doc_section?.startsWith('#') ? ` id="${escapeHtml(field.doc_section.slice(1))}"` : '';
  const details = [field.description, field.enum ? `One of: ${field.enum.join(', ')}.` : undefined, field.optional ? 'Optional.' : undefined]
    .filter((text): text is string => text !== undefined)
    .map((text) => escapeHtml(text));
  return `<h3${id}>${escapeHtml(field.title)}</h3>${details.length > 0 ? `<p>${details.join(' ')}</p>` : ''}`;
}
