/**
 * `development` (the default) mounts the built-in test provider and seeds the demo integrations
 * into a new data directory; `production` does neither and needs an explicit secret key.
 */
export type ApiMode = 'development' | 'production';

/** Reads `PLUGBOARD_ENV`; anything but the two names stops start-up with a message naming it. */
export function apiModeFromEnv(env: Record<string, string | undefined>): ApiMode {
  const value = env['PLUGBOARD_ENV'];
  if (value === undefined || value === '' || value === 'development') return 'development';
  if (value === 'production') return 'production';
  throw new Error(`PLUGBOARD_ENV must be "production" or "development", not "${value}"`);
}
