import { escapeHtml, jsonForScriptElement } from '../http/html';

export type CallbackOutcome = { ok: true } | { ok: false; errorType: string; message: string };

/**
 * The page the OAuth popup ends on. It tells its opener the outcome and closes on
 * `nango_oauth_callback_ack`. No inline script or style: the data travels in a JSON element and
 * the behaviour in `callback.js`, so a strict CSP holds. `assetBase` is the relative path to
 * `/oauth/`, which keeps the page working behind a path prefix.
 */
export function renderCallbackPage(outcome: CallbackOutcome, assetBase: string): string {
  const body = outcome.ok
    ? '<h1>Connection successful ✅</h1><p>You can close this window.</p>'
    : [
        '<h1>Connection failed ✕</h1>',
        `<p>${escapeHtml(outcome.message)}</p>`,
        `<details><summary>Show error details</summary><pre>${escapeHtml(`${outcome.errorType}: ${outcome.message}`)}</pre></details>`,
      ].join('');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${outcome.ok ? 'Connection successful' : 'Connection failed'}</title>`,
    `<link rel="stylesheet" href="${assetBase}callback.css">`,
    `<script type="application/json" id="plugboard-callback-data">${jsonForScriptElement(outcome)}</script>`,
    `<script src="${assetBase}callback.js" defer></script>`,
    '</head><body><main>',
    body,
    '<button type="button" id="close-window">Close window</button>',
    '</main></body></html>',
  ].join('');
}
