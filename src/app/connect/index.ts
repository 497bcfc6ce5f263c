// The lazily loaded half of the widget: everything after the loader. Loaded right after boot,
// while the host is still sending the token, so it is there when the session arrives.
export { createApiClient } from '../api/api-client';
export { buildForm } from '../form/build-form';
export { submitConnection } from '../flows/submit-connection';
export { ListScreen } from '../components/ListScreen';
export { FormScreen } from '../screens/FormScreen';
export { SuccessScreen } from '../screens/SuccessScreen';
