import { escapeHtml } from '../http/html';

export interface ConsentView {
  appName: string;
  scopes: string[];
  requestId: string;
}

/** The consent screen: a real form, so a person (or Playwright by role) clicks Allow or Deny. */
export function renderConsentPage(view: ConsentView): string {
  const scopes = view.scopes.length > 0
    ? `<ul aria-label="Requested permissions">${view.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('')}</ul>`
    : '<p>No specific permissions are requested.</p>';
  return page(
    `Authorize ${view.appName}`,
    [
      `<h1>Authorize ${escapeHtml(view.appName)}</h1>`,
      `<p><strong>${escapeHtml(view.appName)}</strong> wants to access your Test OAuth2 account.</p>`,
      '<h2>It will be able to:</h2>',
      scopes,
      '<form method="post" action="decision">',
      `<input type="hidden" name="request_id" value="${escapeHtml(view.requestId)}">`,
      '<div class="actions">',
      '<button type="submit" name="decision" value="deny" class="secondary">Deny</button>',
      '<button type="submit" name="decision" value="allow" class="primary">Allow</button>',
      '</div></form>',
    ].join(''),
  );
}

export interface InstallView {
  appName: string;
  requestId: string;
  /** CUSTOM: installing also authorizes the user, and an install may wait for an owner's approval. */
  withUserAuthorization: boolean;
}

/** The app-install screen (GitHub App pattern): Install, or Cancel; CUSTOM apps may also request the install. */
export function renderInstallPage(view: InstallView): string {
  const request = view.withUserAuthorization
    ? '<button type="submit" name="decision" value="request" class="secondary">Request installation</button>'
    : '';
  return page(
    `Install ${view.appName}`,
    [
      `<h1>Install ${escapeHtml(view.appName)}</h1>`,
      `<p><strong>${escapeHtml(view.appName)}</strong> will be installed on your Test account${view.withUserAuthorization ? ' and act on your behalf' : ''}.</p>`,
      view.withUserAuthorization ? '<p>Without owner rights, request the installation: the app is connected once an owner approves it.</p>' : '',
      '<form method="post" action="../../decision">',
      `<input type="hidden" name="request_id" value="${escapeHtml(view.requestId)}">`,
      '<div class="actions">',
      '<button type="submit" name="decision" value="deny" class="secondary">Deny</button>',
      request,
      '<button type="submit" name="decision" value="allow" class="primary">Allow</button>',
      '</div></form>',
    ].join(''),
    '../../../',
  );
}

/** What an owner of the account sees: installs other members asked for, each to approve. */
export function renderInstallRequestsPage(view: { appName: string; requests: string[] }): string {
  const items = view.requests.map((id) => [
    '<li><form method="post" action="../requests/decision">',
    `<input type="hidden" name="request_id" value="${escapeHtml(id)}">`,
    '<button type="submit" name="decision" value="approve" class="primary">Approve installation</button>',
    '</form></li>',
  ].join(''));
  return page(
    `Requests to install ${view.appName}`,
    [
      `<h1>Requests to install ${escapeHtml(view.appName)}</h1>`,
      items.length > 0 ? `<ul aria-label="Installation requests">${items.join('')}</ul>` : '<p>No installation is waiting for approval.</p>',
    ].join(''),
    '../../',
  );
}

/** The OAuth 1.0a authorization screen (RFC 5849 section 2.2). */
export function renderOauth1ConsentPage(view: { appName: string; requestToken: string }): string {
  return page(
    `Authorize ${view.appName}`,
    [
      `<h1>Authorize ${escapeHtml(view.appName)}</h1>`,
      `<p><strong>${escapeHtml(view.appName)}</strong> wants to access your Test OAuth1 account.</p>`,
      '<form method="post" action="decision">',
      `<input type="hidden" name="oauth_token" value="${escapeHtml(view.requestToken)}">`,
      '<div class="actions">',
      '<button type="submit" name="decision" value="deny" class="secondary">Deny</button>',
      '<button type="submit" name="decision" value="allow" class="primary">Allow</button>',
      '</div></form>',
    ].join(''),
  );
}

export function renderProviderErrorPage(message: string): string {
  return page('Authorization error', `<h1>Authorization error</h1><p role="alert">${escapeHtml(message)}</p>`);
}

function page(title: string, body: string, assetRoot = '../'): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · Test OAuth2 Provider</title>`,
    `<link rel="stylesheet" href="${assetRoot}assets/provider.css">`,
    '</head><body><main>',
    '<p class="brand">Test OAuth2 Provider</p>',
    body,
    '</main></body></html>',
  ].join('');
}
