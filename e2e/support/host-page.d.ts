// What the test host pages (e2e/pages/*.js) expose on `window` for the tests to drive.
import type { ConnectUI, ConnectUIEvent, ConnectUIOptions } from '../../src/sdk/index';

declare global {
  interface Window {
    pb: {
      events: ConnectUIEvent[];
      ui: ConnectUI | null;
      open: (options?: ConnectUIOptions) => void;
    };
  }
}
