// The lazily loaded half of the widget: everything after the loader. Loaded right after boot,
// while the host is still sending the token, so it is there when the session arrives.
export { createFlows } from '../models/flows';
export { createApiClient } from '../../client/http';
export { LoadedScreen } from '../components/LoadedScreen';
export { FailureScreen } from '../screens/FailureScreen';
export { ConfirmLeave } from '../components/ConfirmLeave';
export { decideApiAccess } from '../config/api-access';
export { primaryPaletteOn } from '../theme/primary-palette';
export { enConnect } from '../i18n/en-connect';
