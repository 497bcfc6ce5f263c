import type { ApiFailure } from '../api/api-failure';
import type { ErrorPayload } from '../../protocol/messages';
import { failureText } from '../result/failure-text';
import type { FailedStep, Screen } from './screen';
import { screenAfterFailure } from './transition';
import { displayNameOf } from '../list/display-name';
import type { WidgetState } from './state';

export function errorPayloadFor(failure: ApiFailure, name: string): ErrorPayload {
  const payload: ErrorPayload = { errorType: failure.errorType, errorMessage: failureText(failure, name) };
  if (failure.code) payload.errorCode = failure.code;
  return payload;
}

function nameOn(screen: Screen): string {
  if ('target' in screen && screen.target) return displayNameOf(screen.target.integration);
  if ('integration' in screen && screen.integration) return displayNameOf(screen.integration);
  return '';
}

/**
 * Shows a failure and tells the host, exactly once per failure. `from` is the screen the user was
 * on, so an expired session can bring them back there.
 */
export function showFailure(state: WidgetState, failure: ApiFailure, step: FailedStep, from: Screen = state.screen.value): void {
  const next = screenAfterFailure(from, failure, step);
  state.screen.value = next;
  if (failure.isCancelled) return;
  const name = next.name === 'failure' ? nameOn(next) : nameOn(from);
  state.deps.emit({ type: 'error', payload: errorPayloadFor(failure, name) });
}
