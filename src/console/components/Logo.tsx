import { useState } from 'preact/hooks';

/** A provider's logo on a light tile; when the image fails, the first letter of a word (never punctuation). */
export function Logo({ url, name }: { url: string | undefined; name: string }) {
  const [hasFailed, setFailed] = useState(false);
  if (!url || hasFailed) {
    return (
      <span class="pbc-logo pbc-logo-letter" aria-hidden="true">
        {/[\p{L}\p{N}]/u.exec(name)?.[0]?.toUpperCase() ?? '?'}
      </span>
    );
  }
  return (
    <span class="pbc-logo" aria-hidden="true">
      <img src={url} alt="" loading="lazy" onError={() => setFailed(true)} />
    </span>
  );
}
