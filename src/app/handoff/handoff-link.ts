import { isAndroid } from '../oauth/in-app-browser';

/**
 * The link that opens this widget, on another device or in another browser, with this session:
 * this very widget's address (its deployment), the session token, and the API it talks to. Only
 * the user who holds the token is shown it; it never goes to the host page or to telemetry.
 */
export function handoffLink(widgetHref: string, sessionToken: string, apiURL: string): string {
  const url = new URL(widgetHref);
  url.search = '';
  url.hash = '';
  url.searchParams.set('session_token', sessionToken);
  if (apiURL) url.searchParams.set('apiURL', apiURL);
  return url.toString();
}

/** How "Open in your browser" works here: Android hands the link to Chrome; elsewhere the user copies it. */
export type OpenInBrowser = { kind: 'intent'; href: string } | { kind: 'copy' };

export function openInBrowser(link: string, userAgent: string): OpenInBrowser {
  if (!isAndroid(userAgent)) return { kind: 'copy' };
  const url = new URL(link);
  const scheme = url.protocol.slice(0, -1);
  return { kind: 'intent', href: `intent://${url.host}${url.pathname}${url.search}#Intent;scheme=${scheme};package=com.android.chrome;end` };
}
