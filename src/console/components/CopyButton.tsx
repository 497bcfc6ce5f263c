import { useState } from 'preact/hooks';
import { strings } from '../strings';

/** Copies `text`; says "Copied" for a moment. The label names what is copied, for screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [isCopied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard permission: the value is still visible (or revealable) to copy by hand.
    }
  };
  return (
    <button type="button" class="pbc-button pbc-button-small" aria-label={`${strings.common.copy} ${label}`} onClick={() => void copy()}>
      {isCopied ? strings.common.copied : strings.common.copy}
    </button>
  );
}
