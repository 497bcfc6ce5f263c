import { useState } from 'preact/hooks';
import { safeHttpUrl } from '../form/safe-url';

const tones = 6;

function toneOf(name: string): number {
  let sum = 0;
  for (const char of name) sum = (sum + (char.codePointAt(0) ?? 0)) % 997;
  return sum % tones;
}

/** The integration's logo; its first letter on a coloured tile when there is none or it fails. */
export function Logo({ url, name, size = 'small' }: { url: string | undefined; name: string; size?: 'small' | 'large' }) {
  const [hasFailed, setFailed] = useState(false);
  const safe = safeHttpUrl(url);
  const tile = `pb-logo pb-logo-${size}`;
  if (!safe || hasFailed) {
    const letter = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
    return (
      <span class={`${tile} pb-logo-letter pb-tone-${toneOf(name)}`} aria-hidden="true">
        {letter}
      </span>
    );
  }
  return (
    <span class={tile} aria-hidden="true">
      <img src={safe} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" onError={() => setFailed(true)} />
    </span>
  );
}
