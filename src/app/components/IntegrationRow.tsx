import type { Integration } from '../api/api-schemas';
import { displayNameOf } from '../models/list-model';
import { ChevronIcon } from './more-icons';
import { Logo } from './Logo';

export interface IntegrationRowProps {
  integration: Integration;
  onSelect: (integration: Integration) => void;
  onPrefetch: (integration: Integration) => void;
}

/** One integration: a button named by its display name. */
export function IntegrationRow({ integration, onSelect, onPrefetch }: IntegrationRowProps) {
  const name = displayNameOf(integration);
  return (
    <li class="pb-list-item">
      <button
        type="button"
        class="pb-row"
        onClick={() => onSelect(integration)}
        onFocus={() => onPrefetch(integration)}
        onPointerEnter={() => onPrefetch(integration)}
      >
        <Logo url={integration.logo} name={name} />
        <span class="pb-row-name">{name}</span>
        <ChevronIcon />
      </button>
    </li>
  );
}
