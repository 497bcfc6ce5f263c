import type { FormFlow } from './form-flow';
import type { WidgetState } from './state';
import { resumeInWidget } from './resume-in-widget';
import { oauthModelFor } from './widget-oauth';

/**
 * Runs once the session has loaded: makes the OAuth model now, so that whether the API supports
 * redirect mode is known before the first click (which must decide synchronously), and finishes a
 * redirect-mode flow this tab came back from when the host reopened the widget with `resume`.
 */
export function prepareOAuth(state: WidgetState, forms: FormFlow): void {
  oauthModelFor(state);
  if (state.deps.config.resume) void resumeInWidget(state, forms);
}
