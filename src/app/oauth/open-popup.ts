import type { BrowserWindow, PopupWindow } from './browser-window';
import { popupFeatures } from './popup-features';
import type { PopupSize } from './popup-size';

/**
 * Opens the blank OAuth window. Must run synchronously inside the click handler: Safari and
 * in-app browsers block `window.open` once the user activation has been spent on an `await`.
 * Nothing is written into the blank window (no `document.write`: the widget's Trusted Types
 * policy forbids it and the window inherits that CSP); it shows the provider once navigated.
 * Returns `null` when the browser blocked it (`null`, already closed, or a throw).
 */
export function openPopup(window: BrowserWindow, size: PopupSize): PopupWindow | null {
  const features = popupFeatures(size, {
    screenX: window.screenX,
    screenY: window.screenY,
    outerWidth: window.outerWidth,
    outerHeight: window.outerHeight,
    availWidth: window.screen.availWidth,
    availHeight: window.screen.availHeight,
  });
  try {
    const popup = window.open('', '_blank', features);
    return popup && !popup.closed ? popup : null;
  } catch {
    return null;
  }
}
