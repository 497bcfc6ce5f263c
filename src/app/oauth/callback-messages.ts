import { z } from '../../protocol/zod';
import type { InboundMessage } from './browser-window';

// What the API's callback page posts to its opener.
const callbackSuccess = z.looseObject({ type: z.literal('nango_oauth_callback_success') });
const callbackError = z.looseObject({
  type: z.literal('nango_oauth_callback_error'),
  payload: z.catch(
    z.looseObject({
      message: z.catch(z.string(), ''),
      errorType: z.catch(z.optional(z.string()), undefined),
    }),
    { message: '', errorType: undefined },
  ),
});

const callbackMessage = z.discriminatedUnion('type', [callbackSuccess, callbackError]);
export type CallbackMessage = z.infer<typeof callbackMessage>;

export const callbackAck = { type: 'nango_oauth_callback_ack' } as const;

/**
 * A callback message counts only when it comes from the API's origin *and* from our own popup:
 * any other window (a third-party frame, a second tab of the API) is ignored (style.md point 5).
 */
export function parseCallbackMessage(event: InboundMessage, apiOrigin: string, popup: unknown): CallbackMessage | null {
  if (event.origin !== apiOrigin || popup === null || event.source !== popup) return null;
  const result = z.safeParse(callbackMessage, event.data);
  return result.success ? result.data : null;
}
