// The lazily loaded half of the widget: everything after the loader. Loaded right after boot,
// while the host is still sending the token, so it is there when the session arrives.
export { createEffects } from '../machine/effects';
export { connectTransition } from '../machine/connect-transition';
export { createApiClient } from '../../client/http';
export { LoadedScreen } from '../shell/LoadedScreen';
export { HandoffScreens } from '../handoff/HandoffScreens';
export { FailureScreen } from '../result/FailureScreen';
export { ConfirmLeave } from '../shell/ConfirmLeave';
export { BrandLine } from '../branding/BrandLine';
export { decideApiAccess } from '../boot/api-access';
export { primaryPaletteOn } from '../theme/primary-palette';
export { enConnect } from '../i18n/en-connect';
