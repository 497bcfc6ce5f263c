import { connectSessionTokenPattern, hashToken } from '../crypto/tokens';
import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import type { ConnectSession } from '../store/store';

/** A malformed token and an unknown or expired one are told apart. */
export function resolveSession(deps: ApiDeps, token: string | undefined): ConnectSession {
  if (token === undefined || token === '') {
    throw apiError(401, 'missing_connect_session_token', 'Authentication failed. The connect session token is missing.');
  }
  if (!connectSessionTokenPattern.test(token)) {
    throw apiError(
      401,
      'invalid_connect_session_token_format',
      'Authentication failed. The provided connect session token is not following correct format: nango_connect_session_RANDOM',
    );
  }
  const session = deps.store.findConnectSession(hashToken(token), deps.now().toISOString());
  if (!session) {
    throw apiError(401, 'unknown_connect_session_token', 'Authentication failed. The provided connect session token is unknown or has expired.');
  }
  return session;
}
