import type { ApiFailure } from '../api/api-failure';
import type { WidgetConfig } from '../boot/widget-config';
import { isInAppBrowser } from '../oauth/in-app-browser';
import { createOAuthModel, type OAuthModel } from './oauth';
import type { FlowStorage } from '../oauth/pending-flow';
import { chooseReturnUrl } from '../oauth/return-url';

export interface BrowserOAuthOptions {
  window: Window;
  config: Pick<WidgetConfig, 'apiURL' | 'oauthMode' | 'popupSize' | 'detectClosedAuthWindow' | 'isTopLevel'>;
  /** The host page's origin once the widget channel pinned it. */
  hostOrigin: () => string | null;
  /** Tells the host of a blocked popup while the widget offers a retry. */
  reportError: (failure: ApiFailure) => void;
}

/** `sessionStorage`, or null where the browser refuses it (storage disabled: reading it throws). */
export function sessionStorageOf(window: Window): FlowStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** A connect link (no host page) comes back to itself and resumes on its own. */
function selfReturnUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('resume', 'true');
  url.hash = '';
  return url.toString();
}

/** The OAuth model wired to the real browser: this window, its WebSocket, fetch and storage. */
export function createBrowserOAuth({ window, config, hostOrigin, reportError }: BrowserOAuthOptions): OAuthModel {
  // The SDK names the host's page in redirect mode (`returnURL`); it is checked against the host's origin.
  const requestedReturnUrl = new URLSearchParams(window.location.search).get('returnURL');
  return createOAuthModel({
    window,
    WebSocket,
    fetch: (input, init) => window.fetch(input, init),
    storage: sessionStorageOf(window),
    apiURL: config.apiURL,
    requestedMode: config.oauthMode,
    popupSize: config.popupSize,
    detectClosedWindow: config.detectClosedAuthWindow,
    isInAppBrowser: isInAppBrowser(window.navigator.userAgent),
    returnUrl: () => (config.isTopLevel ? selfReturnUrl(window.location.href) : chooseReturnUrl(requestedReturnUrl, hostOrigin())),
    reportError,
  });
}
