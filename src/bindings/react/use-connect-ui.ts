import { useEffect, useInsertionEffect, useRef, useState } from 'react';
import { ConnectUI, type ConnectUIOptions } from '../../sdk/index';
import { stateAfter, type ConnectUIState } from '../state';

export interface UseConnectUI {
  /** Opens the widget; a second call while it is open does nothing. */
  open: () => void;
  /** Closes the widget (no `close` event: the host asked). */
  close: () => void;
  /** Hands a (new) session token to the widget, open or not yet. */
  setSessionToken: (token: string) => void;
  state: ConnectUIState;
}

/**
 * The widget as a React hook. Nothing is created until `open()`; unmounting closes it. New options
 * never reopen it: the newest `onEvent` receives the next event, a new `sessionToken` goes through
 * `setSessionToken`, the rest applies from the next `open()`.
 *
 * @example
 * const { open, state } = useConnectUI({ baseURL, sessionToken, onEvent });
 */
export function useConnectUI(options: ConnectUIOptions): UseConnectUI {
  const latest = useRef(options);
  const token = useRef(options.sessionToken);
  const ui = useRef<ConnectUI | null>(null);
  const [state, setState] = useState<ConnectUIState>('closed');
  // Written after the render commits (never from a render React may throw away), before any
  // effect or event handler can read it. Runs on no server.
  useInsertionEffect(() => {
    latest.current = options;
  });
  const [methods] = useState(() => ({
    open() {
      // A widget the user closed (or that never loaded) is gone: the next one takes today's options.
      let widget = ui.current;
      if (!widget?.iframe) {
        widget = new ConnectUI({
          ...latest.current,
          sessionToken: token.current,
          onEvent: (event) => {
            setState((state) => stateAfter(state, event));
            return latest.current.onEvent?.(event);
          },
        });
        ui.current = widget;
        setState('opening');
      }
      widget.open();
    },
    close() {
      ui.current?.close();
      ui.current = null;
      setState('closed');
    },
    setSessionToken(next: string) {
      token.current = next;
      ui.current?.setSessionToken(next);
    },
  }));
  const { sessionToken } = options;
  useEffect(() => {
    if (sessionToken) methods.setSessionToken(sessionToken);
  }, [methods, sessionToken]);
  // StrictMode runs this cleanup once between its two mounts: the widget it closes then (if an
  // effect had opened one) is opened anew by that effect's second run, so there is only one.
  useEffect(() => methods.close, [methods]);
  return { ...methods, state };
}
