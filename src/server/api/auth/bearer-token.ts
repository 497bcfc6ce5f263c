import { apiError } from '../http/api-error';

/**
 * The token is whatever follows the last "Bearer " in the header. Missing header and empty
 * token have their own codes so a client can tell a wiring bug from a wrong key.
 */
export function bearerToken(header: string | undefined, { isLegacy }: { isLegacy: boolean }): string {
  if (header === undefined) {
    throw apiError(401, 'missing_auth_header', 'Authentication failed. The request is missing the Authorization header.', undefined, isLegacy);
  }
  const token = header.split('Bearer ').pop()?.trim() ?? '';
  if (!header.includes('Bearer ') || token === '') {
    throw apiError(401, 'malformed_auth_header', 'Authentication failed. The provided Authorization header is malformed.', undefined, isLegacy);
  }
  return token;
}
