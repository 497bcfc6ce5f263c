// Entry of the script-tag build: its default export is the global `Plugboard` (an object the IIFE
// returns as is, fewer bytes than named exports copied onto one). Its `Nango` opens the Connect UI
// only: `auth()` lives in the ES module, which loads the headless client lazily.
import { ConnectUI } from './connect-ui';
import { Nango } from './nango';
import { openConnectUI } from './open-connect-ui';

export default { ConnectUI, Nango, openConnectUI };
