import type { ConnectionResult } from '../../protocol/messages';
import { failed, success, type Result } from '../api/result';
import { errorTypeForOAuthCode, oauthFailure } from './oauth-failure';
import type { SocketResult } from './socket-messages';

export type OAuthResult = Result<ConnectionResult>;

/** The API's verdict (a WebSocket message, or the redirect result in the same shape) as a result. */
export function resultFromSocket(message: SocketResult, providerConfigKey: string): OAuthResult {
  if (message.message_type === 'success') {
    const key = message.provider_config_key || providerConfigKey;
    // OAuth results always say whether the connection is pending.
    return success({ providerConfigKey: key, connectionId: message.connection_id, isPending: message.is_pending ?? false });
  }
  const detail = JSON.stringify({ error_type: message.error_type, error_desc: message.error_desc });
  return failed(oauthFailure(errorTypeForOAuthCode(message.error_type), message.error_type, message.error_desc, detail));
}
