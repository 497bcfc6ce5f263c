/** The widget's iframe: full viewport above the page; the app inside draws backdrop and dialog. */
export function createIframe(document: Document, src: URL, title: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.id = 'connect-ui';
  iframe.src = src.href;
  iframe.title = title;
  // clipboard-write: the AWS External ID copy button. Nothing else is delegated.
  iframe.allow = 'clipboard-write';
  // The widget learns the host's origin (for pinning), never its path or query.
  iframe.referrerPolicy = 'origin';
  // CSSOM writes, not a `style` attribute: hosts whose CSP forbids inline styles still work.
  Object.assign(iframe.style, {
    position: 'fixed',
    inset: '0',
    width: '100%',
    height: '100%',
    border: '0',
    zIndex: '2147483000',
    colorScheme: 'normal',
    backgroundColor: 'transparent',
  });
  return iframe;
}

/** A preloaded iframe waits out of sight and out of the accessibility tree until `open()`. */
export function setIframeVisible(iframe: HTMLIFrameElement, isVisible: boolean): void {
  iframe.style.visibility = isVisible ? 'visible' : 'hidden';
  iframe.style.pointerEvents = isVisible ? 'auto' : 'none';
  iframe.tabIndex = isVisible ? 0 : -1;
  iframe.toggleAttribute('aria-hidden', !isVisible);
}
