import { createHash, createHmac } from 'node:crypto';

/** Both signature headers Nango sends, over the exact body string. */
export function webhookSignatureHeaders(signingKey: string, body: string): Record<string, string> {
  return {
    // Legacy and length-extension-prone, kept because older Nango clients still check it.
    'X-Nango-Signature': createHash('sha256').update(signingKey + body).digest('hex'),
    'X-Nango-Hmac-Sha256': createHmac('sha256', signingKey).update(body).digest('hex'),
  };
}
