import type { ConnectUIEvent } from '../sdk/index';

/**
 * Where the widget is, as the bindings report it: `opening` from `open()` until the widget says
 * `ready`; `connected` after a `connect`, `error` after an `error` (the widget stays open so the
 * user can retry, unless it never loaded); `closed` after the user or `close()` closed it.
 */
export type ConnectUIState = 'closed' | 'opening' | 'ready' | 'connected' | 'error';

const after: Partial<Record<ConnectUIEvent['type'], ConnectUIState>> = { ready: 'ready', connect: 'connected', error: 'error', close: 'closed' };

/** Any other event (a step event, say) leaves the state as it was. */
export const stateAfter = (state: ConnectUIState, event: ConnectUIEvent): ConnectUIState => after[event.type] ?? state;
