import type { WidgetMessage } from '../protocol/types';

/** Every event the widget sends to the host page. */
export type ConnectUIEvent = WidgetMessage;

export type Theme = 'light' | 'dark' | 'system';

/** Options of `openConnectUI()`: Nango's `ConnectUIProps`, plus Plugboard's own (marked). */
export interface ConnectUIOptions {
  /** The connect session token; may also arrive later through `setSessionToken()`. */
  sessionToken?: string;
  /**
   * Required: where your Plugboard widget is served from (your CDN or `plugboard-server widget`).
   * Also the only origin whose messages are accepted.
   */
  baseURL: string;
  /** The Connect API (a Nango server or Plugboard's reference server). Default: Nango Cloud's. */
  apiURL?: string;
  /** Receives `ready`, `connect`, `error` and `close`. */
  onEvent?: (event: ConnectUIEvent) => void | Promise<void>;
  /** Treat a closed OAuth window as a failure. Plugboard turns this on unless set to `false`. */
  detectClosedAuthWindow?: boolean;
  /** Language of the widget, e.g. `fr` or `pt-BR`; else the browser's languages, else English. */
  lang?: string;
  themeOverride?: Theme;
  /** Plugboard: the accent colour (any CSS colour); overrides the session's. */
  primaryColor?: string;
  /** Plugboard: `redirect` sends the whole page through the OAuth flow instead of a popup. */
  oauthMode?: 'popup' | 'redirect';
  /** Plugboard: size of the OAuth popup. */
  popupSize?: { width: number; height: number };
  /** Plugboard: resume a flow that came back from an OAuth redirect (see README). */
  resume?: boolean;
  /**
   * Plugboard: the page a redirect-mode OAuth flow comes back to, on this page's origin. Default:
   * this page when `oauthMode` is `redirect`; otherwise the widget learns no path and falls back to
   * your origin's home page.
   */
  returnURL?: string;
  /**
   * Plugboard: the step beacons Nango's Connect UI sends to `{apiURL}/connect/telemetry` (no
   * credential or typed value in them). On by default, as in Nango; `false` turns them off.
   */
  telemetry?: boolean;
  /** Plugboard: the accessible name of the iframe. */
  title?: string;
  /**
   * Plugboard: milliseconds to wait for the widget's `ready` before giving up with a
   * `widget_unavailable` error (the overlay is removed and the page restored). Default 15,000.
   */
  readyTimeout?: number;
}

/** As in Nango's SDK: Nango Cloud's API. */
export const defaultApiURL = 'https://api.nango.dev';
export const defaultReadyTimeout = 15_000;
