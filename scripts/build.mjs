// `npm run build`: the widget, both SDK builds, the console and the SDK's type declarations.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { build } from 'vite';

const targets = ['ui', 'sdk', 'sdk-iife'];
if (existsSync('src/console/index.html')) targets.push('console');

rmSync('dist/sdk', { recursive: true, force: true });
for (const mode of targets) {
  await build({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
}
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.sdk.json'], { stdio: 'inherit' });
console.log(`built ${targets.join(', ')} and types into dist/`);
