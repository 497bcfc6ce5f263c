import type { Page } from '@playwright/test';

/** A well-formed token nobody issued: if the widget ever used it, a request would carry it. */
export const foreignToken = `nango_connect_session_${'e'.repeat(64)}`;

export const forgedToken = { type: 'session_token', sessionToken: foreignToken };
export const forgedConnect = { type: 'connect', payload: { providerConfigKey: 'forged', connectionId: 'forged' } };
export const forgedClose = { type: 'close' };
export const forgedError = { type: 'error', payload: { errorType: 'unknown_error', errorMessage: 'forged' } };

/**
 * Every request (from any frame of the page, cross-origin iframes included) that carries the
 * foreign token in its URL, headers or body.
 */
export function watchForeignToken(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const haystack = [request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n');
    if (haystack.includes('e'.repeat(64))) seen.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}
