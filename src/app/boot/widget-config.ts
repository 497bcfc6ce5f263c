/** What the host (or a connect link) told the widget through its URL. */
export interface WidgetConfig {
  apiURL: string;
  detectClosedAuthWindow: boolean;
  lang: string | null;
  theme: 'light' | 'dark' | 'system' | null;
  primary: string | null;
  oauthMode: 'popup' | 'redirect';
  popupSize: { width: number; height: number } | null;
  resume: boolean;
  /** Only honoured when the widget is the top-level page (a connect link) or a dashboard preview. */
  sessionToken: string | null;
  isEmbedded: boolean;
  isPreview: boolean;
  isTopLevel: boolean;
  /** Step beacons to `{apiURL}/connect/telemetry`, as Nango's UI sends; `?telemetry=false` turns them off. */
  telemetry: boolean;
  /** `?inline=true` (the SDK's `container`): a region in the host's page, not a modal. */
  isInline: boolean;
  /**
   * Whether the widget offers to close: a connect link and the dashboard preview cannot; an inline
   * widget only with `?close=true` (the SDK's `showClose`).
   */
  canClose: boolean;
  /** `?poweredBy=false`: no "Secured by Plugboard" line (the session may also turn it off). */
  poweredBy: boolean;
  /**
   * The whole query, for the options only the lazy half uses, which it reads and checks itself
   * (`events`, `brandName`, `brandLogo`): the first screen's budget does not carry them.
   */
  query: URLSearchParams;
}


// Parsed by hand, not with zod: this runs in the first screen, whose 20 KB budget cannot carry a
// schema library (zod's core is ~6 KB brotli). Each value is checked and dropped when invalid.
type Check<T> = (value: string) => T | null;

const oneOf =
  <const T extends string>(...allowed: T[]): Check<T> =>
  (value) =>
    allowed.find((item) => item === value) ?? null;

const languageTag: Check<string> = (value) => (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value) ? value : null);
const boundedText = (max: number): Check<string> => (value) => (value.length >= 1 && value.length <= max ? value : null);

const popupSize: Check<{ width: number; height: number }> = (value) => {
  const match = /^(\d{2,4})x(\d{2,4})$/.exec(value);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
};

function reader(query: URLSearchParams) {
  return <T>(name: string, check: Check<T>): T | null => {
    const value = query.get(name);
    return value === null ? null : check(value);
  };
}

export function parseWidgetConfig(search: string, isTopLevel: boolean): WidgetConfig {
  const query = new URLSearchParams(search);
  const read = reader(query);
  const isPreview = query.get('preview') === 'true';
  const isInline = !isTopLevel && query.get('inline') === 'true';
  return {
    apiURL: query.get('apiURL') ?? '',
    // Plugboard detects a closed OAuth window unless told not to (Nango only ever sends `true`).
    detectClosedAuthWindow: query.get('detectClosedAuthWindow') !== 'false',
    lang: read('lang', languageTag),
    theme: read('theme', oneOf('light', 'dark', 'system')),
    primary: read('primary', boundedText(64)),
    oauthMode: read('oauthMode', oneOf('popup', 'redirect')) ?? 'popup',
    popupSize: read('popupSize', popupSize),
    resume: query.get('resume') === 'true',
    // A framed widget takes its token from the host's message only: a token in a framed URL could
    // have been planted by whoever framed us. The dashboard preview is the documented exception.
    sessionToken: isTopLevel || isPreview ? read('session_token', boundedText(512)) : null,
    isEmbedded: query.get('embedded') === 'true',
    isPreview,
    isTopLevel,
    telemetry: query.get('telemetry') !== 'false',
    isInline,
    canClose: !isTopLevel && !isPreview && (!isInline || query.get('close') === 'true'),
    poweredBy: query.get('poweredBy') !== 'false',
    query,
  };
}
