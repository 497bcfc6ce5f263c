// `npm run build`: the widget, both SDK builds, the React and Vue bindings, the headless client, the
// console and the type declarations of the SDK, the bindings and the headless client.
// With PLUGBOARD_API_URL set (comma-separated), the widget only ever talks to those APIs (the
// first is its default) and the build writes the headers static hosts need; without it, the
// widget reads the allowed APIs from a `config.json` beside its index.html.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';

const tsx = (args) => execFileSync('node_modules/.bin/tsx', ['scripts/widget-deployment.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const targets = ['ui', 'sdk', 'sdk-iife', 'sdk-react', 'sdk-vue', 'headless'];
if (existsSync('src/console/index.html')) targets.push('console');

let apiUrls = null;
try {
  apiUrls = process.env.PLUGBOARD_API_URL ? tsx(['check']).trim() : null;
} catch {
  process.exit(1); // the script named the bad setting
}

rmSync('dist/sdk', { recursive: true, force: true });
rmSync('dist/ui-headers', { recursive: true, force: true });
if (apiUrls === null) delete process.env.PLUGBOARD_WIDGET_API_URLS;
else process.env.PLUGBOARD_WIDGET_API_URLS = apiUrls; // vite.config.ts compiles it in
for (const mode of targets) {
  await build({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
}
if (apiUrls !== null) tsx(['write', 'dist/ui']);
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.sdk.json'], { stdio: 'inherit' });
pruneDeclarations('dist/sdk/types', ['sdk/index.d.ts', 'bindings/react/index.d.ts', 'bindings/vue/index.d.ts', 'client/index.d.ts']);
console.log(`built ${targets.join(', ')} and types into dist/${apiUrls === null ? '' : ` (APIs: ${apiUrls}; static headers in dist/ui/_headers and dist/ui-headers/nginx.conf)`}`);

/**
 * tsc writes a declaration for every file the entries load at run time; the published types keep
 * only those the entries' declarations reference. (The headless client's internals use zod; its
 * public types do not, so a consumer needs no zod to type-check.)
 */
function pruneDeclarations(root, entries) {
  const keep = new Set();
  const visit = (file) => {
    if (keep.has(file)) return;
    keep.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from\s+|import\()['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(resolve(dirname(file), `${specifier.replace(/\.js$/, '')}.d.ts`));
    }
  };
  entries.forEach((entry) => visit(resolve(root, entry)));
  const all = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? all(path) : [resolve(path)];
  });
  for (const file of all(root)) if (!keep.has(file)) rmSync(file);
  for (const file of keep) if (/zod/.test(readFileSync(file, 'utf8'))) throw new Error(`published types mention zod: ${relative(root, file)}`);
}
