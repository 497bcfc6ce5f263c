import type { BrowserContext, ConsoleMessage } from '@playwright/test';

export interface CspViolation {
  /** The document that broke its policy (the widget frame, the host page…). */
  documentUrl: string;
  directive: string;
  blockedUri: string;
  sample: string;
}

declare global {
  interface Window {
    __reportCspViolation?: (violation: CspViolation) => void;
  }
}

/**
 * Records every Content-Security-Policy violation in every frame of every page of the context,
 * cross-origin iframes included: an init script listens for `securitypolicyviolation` (the event
 * the browser fires on the document whose policy was broken) and reports through a binding.
 * Chromium's "Refused to …" console lines are kept too, for violations that fire no event
 * (a frame refused by `frame-ancestors` reports in its embedder's console).
 */
export async function collectCspViolations(context: BrowserContext) {
  const violations: CspViolation[] = [];
  const refusals: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => void violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.({
        documentUrl: event.documentURI,
        directive: event.effectiveDirective,
        blockedUri: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  const onConsole = (message: ConsoleMessage) => {
    if (/Refused to|Content Security Policy|TrustedHTML|TrustedScript/i.test(message.text())) refusals.push(message.text());
  };
  context.on('console', onConsole);
  return {
    violations,
    refusals,
    /** Everything reported so far, for one readable assertion. */
    all: () => [...violations.map((v) => `${v.directive} blocked ${v.blockedUri || v.sample} in ${v.documentUrl}`), ...refusals],
  };
}
