import type { HostMessage, WidgetMessage } from './types';
import { guardWidgetMessage } from './widget-guard';

/** `[send, close]`: a pair, not an object, as property names survive minification. */
export type HostChannel = [send: (message: HostMessage) => void, close: () => void];

/**
 * The host page's end of the bridge: pinned to the widget's origin (the only one it hears and
 * posts to) and to our own iframe, and only messages `guardWidgetMessage` parsed get through.
 * It listens itself rather than through `listen`, which the widget's end uses: fewer bytes in
 * the script-tag SDK, same checks in the same order (the sender, then the message).
 */
export function openHostChannel(window: Window, iframe: HTMLIFrameElement, widgetOrigin: string, onMessage: (message: WidgetMessage) => void): HostChannel {
  const handler = (event: MessageEvent) => {
    // A removed iframe has no window: `source` must be a window, and ours.
    const message = event.origin === widgetOrigin && event.source && event.source === iframe.contentWindow && guardWidgetMessage(event.data);
    if (message) onMessage(message);
  };
  window.addEventListener('message', handler);
  return [(message) => iframe.contentWindow?.postMessage(message, widgetOrigin), () => window.removeEventListener('message', handler)];
}
