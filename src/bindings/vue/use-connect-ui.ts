import { getCurrentScope, onScopeDispose, readonly, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import { ConnectUI, type ConnectUIOptions } from '../../sdk/index';
import { stateAfter, type ConnectUIState } from '../state';

export interface UseConnectUI {
  /** Opens the widget; a second call while it is open does nothing. */
  open: () => void;
  /** Closes the widget (no `close` event: the host asked). */
  close: () => void;
  /** Hands a (new) session token to the widget, open or not yet. */
  setSessionToken: (token: string) => void;
  state: Readonly<Ref<ConnectUIState>>;
}

/**
 * The widget as a Vue composable. `options` may be a plain object, a `reactive()` one, a ref or a
 * getter. Nothing is created until `open()`; disposing the component (or effect scope) closes it.
 * New options never reopen it: the newest `onEvent` receives the next event, a new `sessionToken`
 * goes through `setSessionToken`, the rest applies from the next `open()`.
 *
 * @example
 * const { open, state } = useConnectUI(() => ({ baseURL, sessionToken: token.value, onEvent }));
 */
export function useConnectUI(options: MaybeRefOrGetter<ConnectUIOptions>): UseConnectUI {
  const state = shallowRef<ConnectUIState>('closed');
  let ui: ConnectUI | null = null;
  let token = toValue(options).sessionToken;
  const setSessionToken = (next: string) => {
    token = next;
    ui?.setSessionToken(next);
  };
  const close = () => {
    ui?.close();
    ui = null;
    state.value = 'closed';
  };
  const open = () => {
    // A widget the user closed (or that never loaded) is gone: the next one takes today's options.
    if (!ui?.iframe) {
      ui = new ConnectUI({
        ...toValue(options),
        sessionToken: token,
        onEvent: (event) => {
          state.value = stateAfter(state.value, event);
          return toValue(options).onEvent?.(event);
        },
      });
      state.value = 'opening';
    }
    ui.open();
  };
  watch(() => toValue(options).sessionToken, (next) => next && setSessionToken(next));
  if (getCurrentScope()) onScopeDispose(close);
  return { open, close, setSessionToken, state: readonly(state) };
}
