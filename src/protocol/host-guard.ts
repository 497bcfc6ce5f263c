import type { HostMessage } from './types';
import { isObject, parseConnectUISettings } from './settings';

// The widget's parser for host messages. Hand-written rather than zod so the widget's first
// screen needs no schema library; `host-guard.test.ts` checks it agrees with `hostMessageSchema`.

export function guardHostMessage(data: unknown): HostMessage | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'session_token': {
      const token = data.sessionToken;
      return typeof token === 'string' && token.length >= 1 && token.length <= 512 ? { type: 'session_token', sessionToken: token } : null;
    }
    case 'settings_changed': {
      const payload = parseConnectUISettings(data.payload);
      return payload && { type: 'settings_changed', payload };
    }
    default:
      return null;
  }
}
