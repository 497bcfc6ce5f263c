import { exposeHost } from './host-config.js';

exposeHost((options) => window.Plugboard.openConnectUI(options));
