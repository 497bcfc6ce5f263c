/** Markup that runs script if it is ever parsed as HTML instead of shown as text. */
export const htmlPayloads = [
  '<img src=x onerror="alert(\'img\')">',
  '"><script>alert(\'script\')</script>',
  '<svg onload="alert(\'svg\')"></svg>',
  '</title><iframe src="javascript:alert(\'iframe\')"></iframe>',
] as const;

/** URLs that run script or render attacker HTML if they become a link or an image. */
export const urlPayloads = [
  'javascript:alert(\'link\')',
  'data:text/html,<script>alert(\'data\')</script>',
  'JaVaScRiPt:alert(\'case\')',
  ' javascript:alert(\'space\')',
  'vbscript:msgbox(1)',
  '//evil.example/logo.svg',
] as const;

/** What the widget's DOM holds that a payload would have created, as seen from inside the frame. */
export interface DomAudit {
  /** `href`s of links whose scheme is not http(s). */
  unsafeLinks: string[];
  /** `src`s of images, ever set (see `recordImageSources`), whose scheme is not http(s). */
  unsafeImages: string[];
  /** Elements no widget screen renders, which only parsed payload markup would add. */
  injectedElements: number;
  /** Attributes that start with `on`: inline handlers. */
  inlineHandlers: number;
}

declare global {
  interface Window {
    /** Every image source any frame set, kept even after a failed image is swapped for a tile. */
    imageSources?: string[];
  }
}

/**
 * An init script (`context.addInitScript(recordImageSources)`): a failing `javascript:` or
 * `data:` logo is replaced by a letter tile at once, so the DOM alone would not show it was tried.
 */
export function recordImageSources(): void {
  const sources: string[] = [];
  window.imageSources = sources;
  const record = (node: Node) => {
    if (node instanceof HTMLImageElement && node.getAttribute('src') !== null) sources.push(node.getAttribute('src') ?? '');
    if (node instanceof Element) node.querySelectorAll('img[src]').forEach((image) => sources.push(image.getAttribute('src') ?? ''));
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') record(mutation.target);
      mutation.addedNodes.forEach(record);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
}

/** Runs inside the widget frame (`frame.evaluate(auditDom)`). */
export function auditDom(): DomAudit {
  const isWeb = (url: string) => /^https?:$/.test(new URL(url, location.href).protocol);
  const links = Array.from(document.querySelectorAll('a[href]'), (link) => link.getAttribute('href') ?? '');
  const images = [...(window.imageSources ?? []), ...Array.from(document.images, (image) => image.getAttribute('src') ?? '')];
  const all = Array.from(document.querySelectorAll('*'));
  return {
    unsafeLinks: links.filter((href) => !isWeb(href)),
    unsafeImages: images.filter((src) => !isWeb(src)),
    injectedElements: document.querySelectorAll('body script, body iframe, body object, body embed, img[src="x"], svg[onload]').length,
    inlineHandlers: all.filter((element) => element.getAttributeNames().some((name) => name.startsWith('on'))).length,
  };
}
