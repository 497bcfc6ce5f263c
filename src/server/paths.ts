import { fileURLToPath } from 'node:url';

/**
 * The built static files, found from this module's own location rather than the current
 * directory, so the servers start the same from any directory.
 */
export const distPaths = {
  ui: fileURLToPath(new URL('../../dist/ui', import.meta.url)),
  sdk: fileURLToPath(new URL('../../dist/sdk', import.meta.url)),
  console: fileURLToPath(new URL('../../dist/console', import.meta.url)),
};
