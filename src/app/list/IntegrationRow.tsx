import { useRef } from 'preact/hooks';
import type { Integration } from '../../contract/connect';
import { displayNameOf } from './list-model';
import { ChevronIcon } from '../shell/icons';
import { Logo } from '../shell/Logo';

export interface IntegrationRowProps {
  integration: Integration;
  /** Its place in the (filtered) list, from 0, and the list's length: read out as "3 of 5,000". */
  position: number;
  total: number;
  /** Its offset in a windowed list, in px; `null` in a list that renders every row. */
  top: number | null;
  /** False for the list's first frame: a logo's tile stays empty, as while its image loads. */
  showsLogo: boolean;
  onSelect: (integration: Integration) => void;
  onPrefetch: (integration: Integration) => void;
}

// A pointer resting this long on a row is interest; one sweeping across the list is not.
const restMs = 120;

/** One integration: a button named by its display name. Focus, a resting pointer or a press prefetches it. */
export function IntegrationRow({ integration, position, total, top, showsLogo, onSelect, onPrefetch }: IntegrationRowProps) {
  const name = displayNameOf(integration);
  const restTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const stopResting = () => clearTimeout(restTimer.current);
  return (
    <li
      class="pb-list-item"
      data-position={position}
      aria-setsize={total}
      aria-posinset={position + 1}
      style={top === null ? undefined : { top: `${top}px` }}
    >
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
        // A press is interest at once: the lazy half (and the provider) start before the click lands.
        onPointerDown={() => onPrefetch(integration)}
      >
        {showsLogo || !integration.logo ? <Logo url={integration.logo} name={name} /> : <span class="pb-logo pb-logo-small" aria-hidden="true" />}
        <span class="pb-row-name">{name}</span>
        <ChevronIcon />
      </button>
    </li>
  );
}
