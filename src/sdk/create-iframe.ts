/**
 * The largest 32-bit integer: the top of the page's stacking order (browsers clamp `z-index` to it),
 * and the longest delay setTimeout honours (it fires at once for any delay above).
 */
export const maxInt32 = 2 ** 31 - 1;

/**
 * The widget's iframe. As a modal: full viewport above the page, the app inside draws backdrop
 * and dialog. Inline: a block as wide as its container, as high as the widget says it is.
 */
export function createIframe(src: URL, title: string, isInline: boolean): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.id = 'connect-ui';
  iframe.src = src.href;
  iframe.title = title;
  // clipboard-write: the AWS External ID copy button. Nothing else is delegated.
  iframe.allow = 'clipboard-write';
  // The widget learns the host's origin (for pinning), never its path or query.
  iframe.referrerPolicy = 'origin';
  // A CSSOM write, not a `style` attribute: hosts whose CSP forbids inline styles still work.
  // Inline, 400px high until the widget reports its height (the loader is about that tall).
  iframe.style.cssText =
    'width:100%;border:0;color-scheme:normal;background:transparent;' +
    (isInline ? 'display:block;height:400px' : 'position:fixed;inset:0;height:100%;z-index:' + maxInt32);
  return iframe;
}

/**
 * A preloaded iframe waits out of sight, and inert: no focus, no clicks, out of the accessibility
 * tree, until `open()`.
 */
export function setIframeVisible(iframe: HTMLIFrameElement, isVisible: boolean): void {
  iframe.style.visibility = isVisible ? 'visible' : 'hidden';
  iframe.toggleAttribute('inert', !isVisible);
}
