export type OAuthMode = 'popup' | 'redirect';

export interface OAuthModeInput {
  /** The host's `oauthMode`. */
  requested: OAuthMode;
  /** How often the popup was blocked in this widget so far. */
  blockedCount: number;
  isInAppBrowser: boolean;
  /** Redirect needs the API's return support and a page to come back to. */
  canRedirect: boolean;
}

/** Popup unless the host asks otherwise, the browser is an app's web view, or popups failed twice. */
export function chooseOAuthMode({ requested, blockedCount, isInAppBrowser, canRedirect }: OAuthModeInput): OAuthMode {
  if (!canRedirect) return 'popup';
  if (requested === 'redirect' || isInAppBrowser || blockedCount >= 2) return 'redirect';
  return 'popup';
}
