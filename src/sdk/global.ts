// Entry of the script-tag build: Vite exposes these exports as the global `Plugboard`.
export { ConnectUI } from './connect-ui';
export { Nango } from './nango';
export { openConnectUI } from './open-connect-ui';
