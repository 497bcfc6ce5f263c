import { listen } from './listen';
import type { HostMessage, WidgetMessage } from './types';
import { guardWidgetMessage } from './widget-guard';

export interface HostChannelOptions {
  window: Window;
  iframe: HTMLIFrameElement;
  /** The only origin the widget may speak from, and the only one we post to. */
  widgetOrigin: string;
  onMessage: (message: WidgetMessage) => void;
}

export interface HostChannel {
  send: (message: HostMessage) => void;
  close: () => void;
}

/** The host page's end of the bridge: pinned to the widget's origin and to our own iframe. */
export function openHostChannel({ window, iframe, widgetOrigin, onMessage }: HostChannelOptions): HostChannel {
  const close = listen({
    window,
    accept: (event) => event.origin === widgetOrigin && event.source !== null && event.source === iframe.contentWindow,
    parse: guardWidgetMessage,
    onMessage,
  });
  return {
    send: (message) => iframe.contentWindow?.postMessage(message, widgetOrigin),
    close,
  };
}
