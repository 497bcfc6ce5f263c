import { openConnectUI } from '/sdk/plugboard.js';
import { exposeHost } from './host-config.js';

exposeHost(openConnectUI);
