// Apps that show links in their own web view, where `window.open` popups are blocked, open in a
// new web view without an opener, or lose the opener on the way back. Matched on the tokens these
// apps add to the user agent; a miss only costs the user one blocked popup before the fallback.
const inAppTokens = [
  /\bFBAN\/|\bFBAV\/|\bFB_IAB\//, // Facebook, Messenger
  /\bInstagram\b/,
  /\bLine\//,
  /\bMicroMessenger\//, // WeChat
  /\bSnapchat\b/,
  /\bmusical_ly_|\bBytedanceWebview\/|\bTikTok\b/,
  /\bLinkedInApp\b/,
  /\bPinterest\b/,
  /\bKAKAOTALK\b/,
  /\bTwitter(?:Android)?\b/,
  /; wv\)/, // an Android WebView inside any app
];

export function isInAppBrowser(userAgent: string): boolean {
  return inAppTokens.some((token) => token.test(userAgent));
}
