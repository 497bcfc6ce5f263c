// Run by `npm run build` when PLUGBOARD_API_URL is set: `check` validates the settings (naming a
// bad one) and prints the APIs to compile into the widget; `write` writes the headers static
// hosts need, from the same function the Node server sends them with: `_headers` (Netlify,
// Cloudflare Pages) into dist/ui, an nginx snippet into dist/ui-headers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseWidgetBuildSettings } from '../src/server/settings';
import { netlifyHeaders, nginxHeaders } from '../src/server/ui/widget-headers';

try {
  const settings = parseWidgetBuildSettings(process.env);
  if (!settings) throw new Error('PLUGBOARD_API_URL is not set');
  const [command, uiDir = 'dist/ui'] = process.argv.slice(2);
  const policy = { apiUrl: settings.apiUrls, frameAncestors: settings.frameAncestors, ...(settings.imageOrigins ? { imageOrigins: settings.imageOrigins } : {}) };
  if (command === 'check') console.log(settings.apiUrls.join(','));
  else if (command === 'write') {
    const root = resolve(uiDir);
    writeFileSync(join(root, '_headers'), netlifyHeaders(policy));
    const nginx = join(dirname(root), 'ui-headers', 'nginx.conf');
    mkdirSync(dirname(nginx), { recursive: true });
    writeFileSync(nginx, nginxHeaders(policy));
  } else throw new Error(`usage: widget-deployment.ts check | write [dist/ui]`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
