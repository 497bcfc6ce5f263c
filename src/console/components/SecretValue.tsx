import { useState } from 'preact/hooks';
import { strings } from '../strings';
import { CopyButton } from './CopyButton';

/** Masks all but the last four characters: enough to tell two keys apart, not to use one. */
export function maskSecret(value: string): string {
  if (value.length <= 4) return '•'.repeat(value.length || 8);
  return `${'•'.repeat(Math.min(value.length - 4, 24))}${value.slice(-4)}`;
}

/** A secret shown masked, with Reveal/Hide and Copy. */
export function SecretValue({ value, label, id }: { value: string; label: string; id?: string }) {
  const [isRevealed, setRevealed] = useState(false);
  return (
    <span class="pbc-secret">
      <code id={id} class="pbc-code" aria-label={isRevealed ? undefined : `${label} (hidden)`}>
        {isRevealed ? value : maskSecret(value)}
      </code>
      <button type="button" class="pbc-button pbc-button-small" aria-pressed={isRevealed} aria-label={`${strings.common.reveal} ${label}`} onClick={() => setRevealed(!isRevealed)}>
        {isRevealed ? strings.common.hide : strings.common.reveal}
      </button>
      <CopyButton text={value} label={label} />
    </span>
  );
}
