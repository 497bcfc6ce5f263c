import { effect } from '@preact/signals';
import type { WidgetState } from './state';

/**
 * A host written for Nango's SDK never sends a new token after an `error`: once an expired
 * session has waited `strandedAfterMs` (8 s) for one, the screen says what the user can do. A
 * malformed token says so at once. Lives in the lazy half: only its flows can expire a session.
 */
export function watchStrandedWait(state: WidgetState): void {
  effect(() => {
    const screen = state.screen.value;
    if (screen.name !== 'expired' || screen.isMalformed || screen.hasWaited) return;
    const timer = setTimeout(() => {
      if (state.screen.value === screen) state.screen.value = { ...screen, hasWaited: true };
    }, state.deps.strandedAfterMs ?? 8000);
    return () => clearTimeout(timer);
  });
}
