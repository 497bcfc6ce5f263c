import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileSize, sumSizes, type Compressed, type FileSize } from './sizes';

export interface BytesToList {
  files: FileSize[];
  total: Compressed;
}

/**
 * What the widget really downloaded from its own origin before the list showed: the first screen
 * plus whatever it loaded lazily on the way (the list's chunk). Measured from the network log of a
 * run, counted with the same compression as the first-screen budget.
 */
export function bytesToList(urls: string[], widgetUrl: string, uiDir: string): BytesToList {
  const origin = new URL(widgetUrl).origin;
  const files = [...new Set(urls.filter((url) => url.startsWith(origin)).map(distPath))]
    .filter((file) => existsSync(join(uiDir, file)))
    .map((file) => fileSize(uiDir, file));
  return { files, total: sumSizes(files) };
}

function distPath(url: string): string {
  const path = new URL(url).pathname.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
