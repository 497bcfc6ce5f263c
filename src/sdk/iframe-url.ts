import { defaultApiURL, type ConnectUIOptions } from './options';

/**
 * The iframe URL, with Nango's query parameters in Nango's order, then ours.
 * The path always ends in `/`: the widget's assets are relative to it.
 */
export function buildIframeUrl(options: ConnectUIOptions, pageUrl = ''): URL {
  const url = new URL(options.baseURL);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const query = url.searchParams;
  query.set('apiURL', options.apiURL ?? defaultApiURL);
  // Nango only ever sends `true`; detection is our default, so we also send an explicit `false`.
  if (options.detectClosedAuthWindow !== undefined) query.set('detectClosedAuthWindow', String(options.detectClosedAuthWindow));
  if (options.lang) query.set('lang', options.lang);
  if (options.themeOverride) query.set('theme', options.themeOverride);
  if (options.primaryColor) query.set('primary', options.primaryColor);
  if (options.oauthMode) query.set('oauthMode', options.oauthMode);
  if (options.popupSize) query.set('popupSize', `${options.popupSize.width}x${options.popupSize.height}`);
  if (options.resume) query.set('resume', 'true');
  if (options.telemetry === false) query.set('telemetry', 'false');
  // The widget is told this page's address only when the host asks for redirect mode or names it.
  const returnURL = options.returnURL ?? (options.oauthMode === 'redirect' ? pageUrl.split('#')[0] : '');
  if (returnURL) query.set('returnURL', returnURL);
  return url;
}
