import { fileURLToPath } from 'node:url';

/**
 * A folder of the build (`npm run build` writes dist/ui, dist/sdk, dist/console), found from this
 * file rather than the current directory, so the servers run from anywhere. The plugboard-server
 * package keeps the same layout: lib/server/paths.js beside ../../dist/.
 */
export function builtDir(name: 'ui' | 'sdk' | 'console'): string {
  return fileURLToPath(new URL(`../../dist/${name}`, import.meta.url));
}
