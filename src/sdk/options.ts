import type { WidgetMessage } from '../protocol/types';

/**
 * Every event the widget sends to the host page: `ready`, `connect`, `error` and `close`, plus a
 * `step` per step of the user's with `events: 'all'`. (`resize` stays inside the SDK.)
 */
export type ConnectUIEvent = Exclude<WidgetMessage, { type: 'resize' }>;

/** Plugboard: the host's own product in the widget's header. */
export interface Branding {
  /** Your product's name: the header says "{name} wants to connect to {integration}". Shown as text. */
  name?: string;
  /** Your logo: shown only if an `https:` URL (and allowed by the widget's `img-src`, see README). */
  logoURL?: string;
  /** `false` hides the "Secured by Plugboard" line. */
  poweredBy?: boolean;
}

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
  /** Receives `ready`, `connect`, `error` and `close` (and `step` events with `events: 'all'`). */
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
  /**
   * Plugboard: mount the widget inline, inside this element (or the first matching the selector),
   * instead of as a modal over the page. Its height follows its content.
   */
  container?: Element | string;
  /** Plugboard, inline only: show a close button (the modal always has one). */
  showClose?: boolean;
  /** Plugboard: `'all'` sends a `step` event for each step of the user's (see README). */
  events?: 'all';
  /** Plugboard: your product's name and logo in the header, and the "Secured by" line. */
  branding?: Branding;
}

/** As in Nango's SDK: Nango Cloud's API. */
export const defaultApiURL = 'https://api.nango.dev';
export const defaultReadyTimeout = 15_000;
