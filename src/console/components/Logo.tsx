import { useState } from 'preact/hooks';

/** A provider's logo on a light tile; its first letter when the image fails. */
export function Logo({ url, name }: { url: string | undefined; name: string }) {
  const [hasFailed, setFailed] = useState(false);
  if (!url || hasFailed) {
    return (
      <span class="pbc-logo pbc-logo-letter" aria-hidden="true">
        {Array.from(name.trim())[0]?.toUpperCase() ?? '?'}
      </span>
    );
  }
  return (
    <span class="pbc-logo" aria-hidden="true">
      <img src={url} alt="" loading="lazy" onError={() => setFailed(true)} />
    </span>
  );
}
