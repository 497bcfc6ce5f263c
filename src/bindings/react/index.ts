export { ConnectButton, type ConnectButtonProps } from './connect-button';
export { useConnectUI, type UseConnectUI } from './use-connect-ui';
export type { ConnectUIState } from '../state';
export type { ConnectUIEvent, ConnectUIOptions } from '../../sdk/index';
