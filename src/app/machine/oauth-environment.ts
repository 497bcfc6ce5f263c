/**
 * What the composition root hands the OAuth flow (built at boot, cheap: the flow itself lives in
 * the lazily loaded half): the widget's window and the host page's origin once it is pinned.
 */
export interface OAuthEnvironment {
  window: Window;
  hostOrigin: () => string | null;
}
