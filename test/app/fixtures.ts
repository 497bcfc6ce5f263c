import type { Integration, Session } from '../../src/contract/connect';

export const token = 'nango_connect_session_' + 'a'.repeat(64);
export const freshToken = 'nango_connect_session_' + 'b'.repeat(64);

export function integration(uniqueKey: string, provider = uniqueKey, displayName?: string): Integration {
  return {
    unique_key: uniqueKey,
    provider,
    display_name: displayName ?? uniqueKey,
    logo: `https://api.example.com/images/template-logos/${provider}.svg`,
  };
}

export function session(overrides: Partial<Session> = {}): Session {
  return {
    connectUISettings: { theme: { light: { primary: '#00B2E3' }, dark: { primary: '#00B2E3' } }, defaultTheme: 'light', showWatermark: true },
    ...overrides,
  };
}
