// Apps that show links in their own web view, where `window.open` popups are blocked, open in a
// new web view without an opener, or lose the opener on the way back. Matched on the tokens these
// apps add to the user agent; a miss only costs the user one blocked popup before the fallback.
const inAppTokens = [
  /\bFBAN\/|\bFBAV\/|\bFB_IAB\/|\bFBIOS\b|\bMessengerForiOS\b|\bFB4A\b/, // Facebook, Messenger
  /\bInstagram\b/,
  /\bLine\//,
  /\bMicroMessenger\//, // WeChat
  /\bSnapchat\b/,
  /\bmusical_ly_|\bBytedanceWebview\/|\bTikTok\b|\btrill_/, // TikTok
  /\bLinkedInApp\b/,
  /\bPinterest\b/,
  /\bKAKAOTALK\b/,
  /\bTwitter(?:Android)?\b/, // Twitter / X
  /; wv\)/, // an Android WebView inside any app
];

const isIos = (userAgent: string) => /\b(?:iPhone|iPad|iPod)\b/.test(userAgent);

/**
 * Whether this is an app's web view rather than a browser: a known app's token, an Android
 * WebView (`; wv)`), or an iOS WebKit view without the `Safari/` token every iOS browser sends
 * (Safari, Chrome, Firefox and Edge on iOS all do).
 */
export function isInAppBrowser(userAgent: string): boolean {
  if (inAppTokens.some((token) => token.test(userAgent))) return true;
  return isIos(userAgent) && /\bAppleWebKit\//.test(userAgent) && !/\bSafari\//.test(userAgent);
}

export function isAndroid(userAgent: string): boolean {
  return /\bAndroid\b/.test(userAgent);
}
