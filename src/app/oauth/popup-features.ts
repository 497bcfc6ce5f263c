import type { PopupSize } from './popup-size';

/** Where the browser window is and how much screen there is (read from `window` and `window.screen`). */
export interface WindowMetrics {
  screenX: number;
  screenY: number;
  outerWidth: number;
  outerHeight: number;
  availWidth: number;
  availHeight: number;
}

/**
 * The `window.open` features of the OAuth window: centred on the browser window rather than on the
 * screen (Nango centres on the screen, which lands on the wrong monitor in a multi-screen setup),
 * and never larger than the screen. Offsets may be negative: a monitor left of the primary one.
 */
export function popupFeatures(size: PopupSize, metrics: WindowMetrics): string {
  const width = Math.min(size.width, metrics.availWidth);
  const height = Math.min(size.height, metrics.availHeight);
  const left = Math.round(metrics.screenX + (metrics.outerWidth - width) / 2);
  const top = Math.round(metrics.screenY + (metrics.outerHeight - height) / 2);
  return [
    `left=${left}`,
    `top=${top}`,
    `width=${width}`,
    `height=${height}`,
    'scrollbars=yes',
    'resizable=yes',
    'status=no',
    'toolbar=no',
    'location=no',
    'copyhistory=no',
    'menubar=no',
    'directories=no',
  ].join(',');
}
