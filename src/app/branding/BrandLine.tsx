import { useState } from 'preact/hooks';
import type { Session } from '../../contract/connect';
import type { WidgetConfig } from '../boot/widget-config';
import { t } from '../i18n';
import { displayNameOf } from '../list/display-name';
import type { Screen } from '../machine/screen';
import { brandingOf, integrationOf } from './branding';

export interface BrandLineProps {
  config: WidgetConfig;
  session: Session | null;
  screen: Screen;
}

/**
 * "{brand} wants to connect to {integration}", with the host's logo; nothing without branding.
 * Part of the first chunk (with its strings and styles), as the list it stands over.
 */
export function BrandLine({ config, session, screen }: BrandLineProps) {
  const { name, logo } = brandingOf(config, session);
  const integration = integrationOf(screen);
  // A logo the widget's CSP (img-src) blocks, or that does not load, leaves no broken image behind.
  const [failedLogo, setFailedLogo] = useState<string | null>(null);
  const showsLogo = logo !== null && logo !== failedLogo;
  if (!name && !showsLogo) return null;
  return (
    <div class="pb-brand">
      {showsLogo && <img class="pb-brand-logo" src={logo} alt={name ? '' : t('brand.logo')} onError={() => setFailedLogo(logo)} />}
      {name && <p class="pb-brand-text">{integration ? t('brand.wantsToConnect', { brand: name, name: displayNameOf(integration) }) : name}</p>}
    </div>
  );
}
