// The lazily loaded half of the widget: everything after the loader. Loaded right after boot,
// while the host is still sending the token, so it is there when the session arrives.
import '../styles/connect.css';

export { createFlows } from '../models/flows';
export { createApiClient } from '../api/api-client';
export { LoadedScreen } from '../components/LoadedScreen';
export { ListScreen } from '../components/ListScreen';
export { FormScreen } from '../screens/FormScreen';
export { SuccessScreen } from '../screens/SuccessScreen';
export { FailureScreen } from '../screens/FailureScreen';
export { ConfirmLeave } from '../components/ConfirmLeave';
export { oauthModelFor } from '../oauth/widget-oauth';
export { resumeInWidget } from '../oauth/resume-in-widget';
export { OAuthWaiting } from '../oauth/OAuthWaiting';
