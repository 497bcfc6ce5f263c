import { listen } from './listen';
import type { HostMessage, WidgetMessage } from './types';
import { guardWidgetMessage } from './widget-guard';

/** `[send, close]`: a pair, not an object, as property names survive minification. */
export type HostChannel = [send: (message: HostMessage) => void, close: () => void];

/**
 * The host page's end of the bridge: pinned to the widget's origin (the only one it hears and
 * posts to) and to our own iframe. Positional arguments: see `listen`.
 */
export function openHostChannel(window: Window, iframe: HTMLIFrameElement, widgetOrigin: string, onMessage: (message: WidgetMessage) => void): HostChannel {
  return [
    (message) => iframe.contentWindow?.postMessage(message, widgetOrigin),
    listen(window, (event) => event.origin === widgetOrigin && !!event.source && event.source === iframe.contentWindow, guardWidgetMessage, onMessage),
  ];
}
