// What the test host pages (e2e/pages/*.js) expose on `window` for the tests to drive.
import type { ConnectUI, ConnectUIEvent, ConnectUIOptions } from '../../src/sdk/index';

declare global {
  interface Window {
    pb: {
      events: ConnectUIEvent[];
      ui: ConnectUI | null;
      /** The page supplies `baseURL` and `apiURL`; a test may override any option. */
      open: (options?: Partial<ConnectUIOptions>) => void;
    };
  }
}
