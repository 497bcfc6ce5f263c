import { signal, type ReadonlySignal } from '@preact/signals';
import { probeRedirectSupport } from '../oauth/redirect-api';

export interface RedirectSupport {
  /** Whether the API can send the tab back after a redirect-mode flow (false until known). */
  isSupported: ReadonlySignal<boolean>;
  /** Asks the API, once; later calls are no-ops. */
  check: () => void;
  stop: () => void;
}

export function createRedirectSupport(options: { apiURL: string; fetch: typeof fetch }): RedirectSupport {
  const isSupported = signal(false);
  const controller = new AbortController();
  let hasAsked = false;
  return {
    isSupported,
    check: () => {
      if (hasAsked || controller.signal.aborted) return;
      hasAsked = true;
      void probeRedirectSupport({ ...options, signal: controller.signal }).then((answer) => {
        if (!controller.signal.aborted) isSupported.value = answer;
      });
    },
    stop: () => controller.abort(),
  };
}
