// The lazily loaded half of the widget: the form and everything after it (the first chunk paints
// the list). Fetched once the list is painted and the thread idle, on interest in a row, or at
// once for a form (a single-integration session, a redirect's outcome) or a failed first load.
export { createEffects } from '../machine/effects';
export { connectTransition } from '../machine/connect-transition';
export { createApiClient } from '../../client/http';
export { LoadedScreen } from '../shell/LoadedScreen';
export { HandoffScreens } from '../handoff/HandoffScreens';
export { FailureScreen } from '../result/FailureScreen';
export { ConfirmLeave } from '../shell/ConfirmLeave';
export { enConnect } from '../i18n/en-connect';
