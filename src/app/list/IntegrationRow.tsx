import { useRef } from 'preact/hooks';
import type { Integration } from '../api/api-schemas';
import { displayNameOf } from './list-model';
import { ChevronIcon } from '../shell/more-icons';
import { Logo } from '../shell/Logo';

export interface IntegrationRowProps {
  integration: Integration;
  onSelect: (integration: Integration) => void;
  onPrefetch: (integration: Integration) => void;
}

// A pointer resting this long on a row is interest; one sweeping across the list is not.
const restMs = 120;

/** One integration: a button named by its display name. Focus, or a resting pointer, prefetches it. */
export function IntegrationRow({ integration, onSelect, onPrefetch }: IntegrationRowProps) {
  const name = displayNameOf(integration);
  const restTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const stopResting = () => clearTimeout(restTimer.current);
  return (
    <li class="pb-list-item">
      <button
        type="button"
        class="pb-row"
        onClick={() => onSelect(integration)}
        onFocus={() => onPrefetch(integration)}
        onPointerEnter={() => {
          stopResting();
          restTimer.current = setTimeout(() => onPrefetch(integration), restMs);
        }}
        onPointerLeave={stopResting}
      >
        <Logo url={integration.logo} name={name} />
        <span class="pb-row-name">{name}</span>
        <ChevronIcon />
      </button>
    </li>
  );
}
