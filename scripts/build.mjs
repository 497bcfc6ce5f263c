// `npm run build`: the widget, both SDK builds, the React and Vue bindings, the console and the
// type declarations of the SDK and the bindings.
// With PLUGBOARD_API_URL set (comma-separated), the widget only ever talks to those APIs (the
// first is its default) and the build writes the headers static hosts need; without it, the
// widget reads the allowed APIs from a `config.json` beside its index.html.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { build } from 'vite';

const tsx = (args) => execFileSync('node_modules/.bin/tsx', ['scripts/widget-deployment.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const targets = ['ui', 'sdk', 'sdk-iife', 'sdk-react', 'sdk-vue'];
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
console.log(`built ${targets.join(', ')} and types into dist/${apiUrls === null ? '' : ` (APIs: ${apiUrls}; static headers in dist/ui/_headers and dist/ui-headers/nginx.conf)`}`);
