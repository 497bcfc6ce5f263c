import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiDeps } from '../deps';
import { ApiError } from '../http/api-error';
import { pageCsp } from '../http/html';
import { renderCallbackPage, type CallbackOutcome } from './callback-page';

export interface FailureTarget {
  wsClientId: string | undefined;
  providerConfigKey: string | undefined;
  connectionId?: string;
}

/**
 * Nango answers errors on `/oauth/connect` with raw JSON inside the popup, and the widget never
 * hears of them. Here every failure ends on the callback page, which tells the
 * opener, and on the WebSocket when the client is known.
 */
export function renderOAuthFailure(deps: ApiDeps, c: Context, err: unknown, target: FailureTarget, assetBase: string): Response {
  const { status, ...failure } = toFailure(err, deps);
  if (target.wsClientId) {
    deps.wsHub.publish(target.wsClientId, {
      message_type: 'error',
      ...(target.providerConfigKey ? { provider_config_key: target.providerConfigKey } : {}),
      ...(target.connectionId ? { connection_id: target.connectionId } : {}),
      error_type: failure.errorType,
      error_desc: failure.message,
    });
  }
  return renderOutcomePage(c, failure, assetBase, status);
}

export function renderOutcomePage(c: Context, outcome: CallbackOutcome, assetBase: string, status: ContentfulStatusCode = 200): Response {
  c.header('Content-Security-Policy', pageCsp(["form-action 'none'"]));
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(renderCallbackPage(outcome, assetBase), status);
}

function toFailure(err: unknown, deps: ApiDeps): { ok: false; errorType: string; message: string; status: ContentfulStatusCode } {
  if (err instanceof ApiError) {
    return { ok: false, errorType: err.code, message: err.message || humanMessageFor(err.code), status: err.status };
  }
  deps.log(`oauth failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { ok: false, errorType: 'unknown_err', message: 'An unexpected error occurred during the authorization.', status: 500 };
}

function humanMessageFor(code: string): string {
  return `The authorization failed (${code}).`;
}
