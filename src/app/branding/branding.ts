import type { Integration, Session } from '../../contract/connect';
import type { WidgetConfig } from '../boot/widget-config';
import type { Screen } from '../machine/screen';

/** An absolute `https:` URL, else null: a logo never loads over http, `data:` or `javascript:`. */
export function httpsUrl(value: string): string | null {
  try {
    return new URL(value).protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/** The host's product in the header, and whether the "Secured by" line shows. */
export interface Branding {
  /** Rendered as text, never as markup. */
  name: string | null;
  /** An `https:` URL, or null. */
  logo: string | null;
  poweredBy: boolean;
}

/**
 * The host's options (the widget URL) win over the session's `plugboard.branding`, as the SDK's
 * `primaryColor` wins over the session's colour. Either may turn the "Secured by" line off.
 */
export function brandingOf(config: WidgetConfig, session: Session | null): Branding {
  const fromSession = session?.plugboard?.branding;
  const { query } = config;
  return {
    name: (query.get('brandName') ?? fromSession?.name)?.slice(0, 80) || null,
    logo: httpsUrl(query.get('brandLogo') ?? fromSession?.logo_url ?? ''),
    poweredBy: config.poweredBy && fromSession?.powered_by !== false,
  };
}

/** The integration a screen is about, if any: the header then names it. */
export function integrationOf(screen: Screen): Integration | null {
  if ('target' in screen && screen.target) return screen.target.integration;
  return 'integration' in screen ? screen.integration : null;
}
