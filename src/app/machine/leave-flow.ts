import { holdsUserInput, screenOnBack } from './transition';
import type { Screen } from './screen';
import type { LeaveIntent, WidgetState } from './state';

export interface LeaveFlow {
  requestClose: () => void;
  requestBack: () => void;
  confirm: () => void;
  stay: () => void;
  /** Escape: answers an open confirmation with "stay", else asks to close. */
  escape: () => void;
}

function integrationOn(screen: Screen) {
  if ('target' in screen && screen.target) return screen.target.integration;
  return 'integration' in screen ? screen.integration : null;
}

/** Leaving a filled form asks first — inside the widget, never with `window.confirm`. */
export function createLeaveFlow(state: WidgetState): LeaveFlow {
  const { config } = state.deps;

  const isDirty = () => {
    const screen = state.screen.value;
    const integration = integrationOn(screen);
    return holdsUserInput(screen) && integration !== null && state.forms.get(integration.unique_key)?.isDirty.value === true;
  };

  function leave(intent: LeaveIntent): void {
    const screen = state.screen.value;
    state.pending.cancel();
    if (intent === 'close') {
      state.deps.emit({ type: 'close' }); // read at call time: telemetry wraps it (click:close)
      return;
    }
    const next = screenOnBack(screen, state.integrations.value.length > 1);
    if (!next) return;
    const integration = integrationOn(screen);
    if (integration) state.forms.delete(integration.unique_key);
    state.screen.value = next;
  }

  function request(intent: LeaveIntent): void {
    if (isDirty()) state.confirmLeave.value = intent;
    else leave(intent);
  }

  return {
    requestClose: () => {
      // The dashboard preview cannot close; a connect link has no host to close it.
      if (!config.isPreview && !config.isTopLevel) request('close');
    },
    requestBack: () => request('back'),
    confirm: () => {
      const intent = state.confirmLeave.value;
      state.confirmLeave.value = null;
      if (intent) leave(intent);
    },
    stay: () => {
      state.confirmLeave.value = null;
    },
    escape: () => {
      if (state.confirmLeave.value) state.confirmLeave.value = null;
      else if (!config.isPreview && !config.isTopLevel) request('close');
    },
  };
}
