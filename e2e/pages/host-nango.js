// The drop-in case: a customer's unchanged Nango code, pointed at Plugboard's widget and API.
import Nango from '/nango/index.js';
import { exposeHost } from './host-config.js';

exposeHost((options) => new Nango().openConnectUI(options));
