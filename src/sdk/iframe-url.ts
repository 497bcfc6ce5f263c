import { defaultApiURL, type ConnectUIOptions } from './options';

/**
 * The iframe URL, with Nango's query parameters in Nango's order, then ours.
 * The path always ends in `/`: the widget's assets are relative to it.
 */
export function buildIframeUrl(options: ConnectUIOptions, pageUrl = ''): URL {
  const url = new URL(options.baseURL);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  // URLSearchParams turns the value into a string itself (`true` → `'true'`).
  const set = (name: string, value: unknown) => value && url.searchParams.set(name, value as string);
  const { popupSize, branding } = options;
  set('apiURL', options.apiURL ?? defaultApiURL);
  // Nango only ever sends `true`; detection is our default, so we also send an explicit `false`.
  set('detectClosedAuthWindow', options.detectClosedAuthWindow?.toString());
  set('lang', options.lang);
  set('theme', options.themeOverride);
  set('primary', options.primaryColor);
  set('oauthMode', options.oauthMode);
  set('popupSize', popupSize && `${popupSize.width}x${popupSize.height}`);
  set('resume', options.resume);
  set('telemetry', options.telemetry === false && 'false');
  // The widget is told this page's address only when the host asks for redirect mode or names it.
  set('returnURL', options.returnURL ?? (options.oauthMode === 'redirect' && pageUrl.split('#')[0]));
  set('inline', !!options.container);
  set('close', options.container && options.showClose);
  set('events', options.events);
  set('brandName', branding?.name);
  set('brandLogo', branding?.logoURL);
  set('poweredBy', branding?.poweredBy === false && 'false');
  return url;
}
