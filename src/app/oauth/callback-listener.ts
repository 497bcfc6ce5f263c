import type { BrowserWindow, InboundMessage, PopupWindow } from './browser-window';
import { callbackAck, parseCallbackMessage, type CallbackMessage } from './callback-messages';

export interface CallbackListenerOptions {
  window: BrowserWindow;
  apiOrigin: string;
  /** The current OAuth window: only it may speak (it changes when the user reopens it). */
  popup: () => PopupWindow | null;
  onMessage: (message: CallbackMessage) => void;
}

/**
 * Listens for the callback page's messages and acknowledges each one, so the
 * page closes itself; the ack goes only to the API's origin. Returns the stop.
 */
export function listenForCallback({ window, apiOrigin, popup, onMessage }: CallbackListenerOptions): () => void {
  const listener = (event: InboundMessage) => {
    const current = popup();
    const message = parseCallbackMessage(event, apiOrigin, current);
    if (!message || !current) return;
    try {
      current.postMessage(callbackAck, apiOrigin);
    } catch {
      // The page closed itself already; there is nobody to acknowledge.
    }
    onMessage(message);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
