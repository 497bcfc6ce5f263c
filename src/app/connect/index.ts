// The lazily loaded half of the widget: everything after the loader. Loaded right after boot,
// while the host is still sending the token, so it is there when the session arrives.
import { enConnect } from '../i18n/en-connect';
import { addEnglish } from '../i18n/translate';

// The English strings of this half's screens come with it; added before any of them can render.
addEnglish(enConnect);

export { createFlows } from '../models/flows';
export { createApiClient } from '../api/api-client';
export { LoadedScreen } from '../components/LoadedScreen';
export { FailureScreen } from '../screens/FailureScreen';
export { ConfirmLeave } from '../components/ConfirmLeave';
export { decideApiAccess } from '../config/api-access';
export { primaryPaletteOn } from '../theme/primary-palette';
