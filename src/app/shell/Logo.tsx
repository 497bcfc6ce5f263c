import { useState } from 'preact/hooks';
import { safeHttpUrl } from '../../client/safe-url';

const tones = 6;

function toneOf(name: string): number {
  let sum = 0;
  for (const char of name) sum = (sum + (char.codePointAt(0) ?? 0)) % 997;
  return sum % tones;
}

/**
 * The integration's logo; when there is none or it fails, the first letter or digit of its name
 * on a coloured tile (never punctuation or an emoji: "GitHub (User OAuth)" → G, "1Password" → 1).
 */
export function Logo({ url, name, size = 'small' }: { url: string | undefined; name: string; size?: 'small' | 'large' }) {
  const [hasFailed, setFailed] = useState(false);
  const safe = safeHttpUrl(url);
  const tile = `pb-logo pb-logo-${size}`;
  if (!safe || hasFailed) {
    const letter = /[\p{L}\p{N}]/u.exec(name)?.[0].toUpperCase() ?? '?';
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
