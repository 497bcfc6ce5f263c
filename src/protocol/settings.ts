import type { ConnectUISettings } from './types';

// The Connect UI settings, the one definition: the host's `settings_changed` message and the
// session (`connectUISettings`) carry the same closed shape. Hand-written rather than zod so the
// widget's first screen, which reads both, needs no schema library; messages.ts wraps it for zod.

type Fields = Record<string, unknown>;

/** A JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function readPrimary(value: unknown): { primary: string } | null {
  return isObject(value) && typeof value.primary === 'string' ? { primary: value.primary } : null;
}

/** The settings, without the keys the shape does not name; null when any part is missing or wrong. */
export function parseConnectUISettings(value: unknown): ConnectUISettings | null {
  if (!isObject(value) || !isObject(value.theme)) return null;
  const light = readPrimary(value.theme.light);
  const dark = readPrimary(value.theme.dark);
  const { defaultTheme, showWatermark } = value;
  if (!light || !dark || typeof showWatermark !== 'boolean') return null;
  if (defaultTheme !== 'light' && defaultTheme !== 'dark' && defaultTheme !== 'system') return null;
  return { theme: { light, dark }, defaultTheme, showWatermark };
}
