// Entry of the script-tag build: Vite exposes these exports as the global `Plugboard`. Its `Nango`
// opens the Connect UI only: `auth()` lives in the ES module, which loads the headless client lazily.
export { ConnectUI } from './connect-ui';
export { Nango } from './nango';
export { openConnectUI } from './open-connect-ui';
