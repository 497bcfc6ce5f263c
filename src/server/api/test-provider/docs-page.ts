import { escapeHtml } from '../http/html';

/** A stand-in for a provider's "how to connect" guide, so `docs_connect` and `doc_section` links resolve. */
export function renderDocsPage(provider: string): string {
  const sections = ['api-key', 'region', 'account-domain', 'email-address', 'api-token', 'client-secret'];
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>Connect ${escapeHtml(provider)} · Test Provider docs</title>`,
    '<link rel="stylesheet" href="../assets/provider.css">',
    '</head><body><main>',
    `<h1>How to connect ${escapeHtml(provider)}</h1>`,
    '<p>This is a built-in test provider. Secrets that start with <code>test_</code> are accepted; anything else is rejected.</p>',
    ...sections.map((id) => `<h2 id="${id}">${escapeHtml(id.replace(/-/g, ' '))}</h2><p>Any value that starts with <code>test_</code> works for secrets.</p>`),
    '</main></body></html>',
  ].join('');
}
