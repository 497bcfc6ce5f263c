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

export function renderProviderErrorPage(message: string): string {
  return page('Authorization error', `<h1>Authorization error</h1><p role="alert">${escapeHtml(message)}</p>`);
}

function page(title: string, body: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · Test OAuth2 Provider</title>`,
    '<link rel="stylesheet" href="../assets/provider.css">',
    '</head><body><main>',
    '<p class="brand">Test OAuth2 Provider</p>',
    body,
    '</main></body></html>',
  ].join('');
}
