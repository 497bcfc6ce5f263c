import type { ConnectUISettings, HostMessage } from './messages';

// The widget's parser for host messages. Hand-written rather than zod so the widget's first
// screen needs no schema library (zod's core alone is ~6 KB brotli of its 20 KB budget);
// `host-guard.test.ts` checks it agrees with `hostMessageSchema`.

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function readPrimary(value: unknown): { primary: string } | null {
  return isObject(value) && typeof value.primary === 'string' ? { primary: value.primary } : null;
}

function readSettings(payload: unknown): ConnectUISettings | null {
  if (!isObject(payload) || !isObject(payload.theme)) return null;
  const light = readPrimary(payload.theme.light);
  const dark = readPrimary(payload.theme.dark);
  const { defaultTheme, showWatermark } = payload;
  if (!light || !dark || typeof showWatermark !== 'boolean') return null;
  if (defaultTheme !== 'light' && defaultTheme !== 'dark' && defaultTheme !== 'system') return null;
  return { theme: { light, dark }, defaultTheme, showWatermark };
}

export function guardHostMessage(data: unknown): HostMessage | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'session_token': {
      const token = data.sessionToken;
      return typeof token === 'string' && token.length >= 1 && token.length <= 512 ? { type: 'session_token', sessionToken: token } : null;
    }
    case 'settings_changed': {
      const payload = readSettings(data.payload);
      return payload && { type: 'settings_changed', payload };
    }
    default:
      return null;
  }
}
