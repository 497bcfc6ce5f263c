import type { ApiFailure } from '../../client/failure';

/** Codes only an OAuth sign-in produces: it failed at the provider or on the way back from it. */
const signInCodes = ['callback_err', 'token_err', 'grant_type_err', 'state_err', 'state_cookie_err'];

/** The provider's `error` (RFC 6749 section 4.1.2.1) when the callback page passed its query on as JSON. */
function providerError(detail: string | null): string | null {
  try {
    const parsed: unknown = JSON.parse(detail ?? '');
    return typeof parsed === 'object' && parsed !== null && 'error' in parsed && typeof parsed.error === 'string' ? parsed.error : null;
  } catch {
    return null;
  }
}

/**
 * Whether a failure is an OAuth sign-in's, and then whether the user declined at the provider:
 * neither is about anything they typed. HTTP failures (a form's POST) have a status and are not.
 */
export function signInFailureOf(failure: ApiFailure): 'denied' | 'failed' | null {
  if (failure.status !== null) return null;
  const fromProvider = providerError(failure.detail);
  if (fromProvider === null && !signInCodes.includes(failure.code ?? '')) return null;
  // Providers answer `access_denied`; this API words it "Access was denied at the provider".
  const isDenied = fromProvider === 'access_denied' || /access_denied|\bdenied\b/i.test(failure.message);
  return isDenied ? 'denied' : 'failed';
}
