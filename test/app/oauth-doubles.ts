import type { BrowserWindow, InboundMessage, PopupWindow } from '../../src/client/oauth/browser';
import type { WebSocketLike } from '../../src/client/oauth/socket';

// Test doubles for the OAuth flow: a popup, the widget's window and a scripted WebSocket peer.
// Imported by tests only.

export class FakePopup implements PopupWindow {
  closed = false;
  readonly navigations: string[] = [];
  readonly posted: { message: unknown; targetOrigin: string }[] = [];
  readonly location = { replace: (url: string) => void this.navigations.push(url) };
  close(): void {
    this.closed = true;
  }
  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message, targetOrigin });
  }
}

export interface FakeBrowser {
  window: BrowserWindow;
  popups: FakePopup[];
  opened: { url: string; target: string; features: string | undefined }[];
  /** The next `count` calls to `open` return null, as a popup blocker does. */
  block: (count: number) => void;
  /** A `message` event reaching the widget's window. */
  deliver: (event: InboundMessage) => void;
  listenerCount: () => number;
}

export function fakeBrowser(): FakeBrowser {
  const listeners = new Set<(event: InboundMessage) => void>();
  const popups: FakePopup[] = [];
  const opened: FakeBrowser['opened'] = [];
  let blocked = 0;
  const window: BrowserWindow = {
    open: (url, target, features) => {
      opened.push({ url, target, features });
      if (blocked > 0) {
        blocked -= 1;
        return null;
      }
      const popup = new FakePopup();
      // `_top` navigates the tab itself: a window, but not a popup.
      if (target !== '_top') popups.push(popup);
      return popup;
    },
    screenX: 100,
    screenY: 50,
    outerWidth: 1200,
    outerHeight: 800,
    screen: { availWidth: 1920, availHeight: 1080 },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
  };
  return {
    window,
    popups,
    opened,
    block: (count) => void (blocked = count),
    deliver: (event) => [...listeners].forEach((listener) => listener(event)),
    listenerCount: () => listeners.size,
  };
}

type Listener = (event: { data: unknown }) => void;

/** The API's end of each WebSocket the flow opens; tests script what it says and when it drops. */
export class ScriptedSocket implements WebSocketLike {
  static instances: ScriptedSocket[] = [];
  static latest(): ScriptedSocket {
    const socket = ScriptedSocket.instances.at(-1);
    if (!socket) throw new Error('no WebSocket was opened');
    return socket;
  }

  isClosed = false;
  private readonly listeners: Record<'message' | 'close' | 'error', Listener[]> = { message: [], close: [], error: [] };

  constructor(readonly url: string) {
    ScriptedSocket.instances.push(this);
  }

  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message' | 'close' | 'error', listener: Listener): void {
    this.listeners[type].push(listener);
  }

  close(): void {
    this.isClosed = true;
  }

  /** The server sends a frame (JSON-encoded unless it is already a string). */
  send(message: unknown): void {
    const data = typeof message === 'string' ? message : JSON.stringify(message);
    this.listeners.message.forEach((listener) => listener({ data }));
  }

  /** The connection drops (proxy timeout, server restart). */
  drop(): void {
    this.listeners.error.forEach((listener) => listener({ data: null }));
    this.listeners.close.forEach((listener) => listener({ data: null }));
  }
}
