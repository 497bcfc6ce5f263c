import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { Branding } from './branding';

export interface BrandLineProps {
  branding: Branding;
  /** The display name of the integration on screen, if any. */
  integration: string | null;
}

/** "{brand} wants to connect to {integration}", with the host's logo; nothing without branding. */
export function BrandLine({ branding: { name, logo }, integration }: BrandLineProps) {
  // A logo the widget's CSP (img-src) blocks, or that does not load, leaves no broken image behind.
  const [failedLogo, setFailedLogo] = useState<string | null>(null);
  const showsLogo = logo !== null && logo !== failedLogo;
  if (!name && !showsLogo) return null;
  return (
    <div class="pb-brand">
      {showsLogo && <img class="pb-brand-logo" src={logo} alt={name ? '' : t('brand.logo')} onError={() => setFailedLogo(logo)} />}
      {name && <p class="pb-brand-text">{integration ? t('brand.wantsToConnect', { brand: name, name: integration }) : name}</p>}
    </div>
  );
}
