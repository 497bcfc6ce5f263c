import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { firstScreenFiles, lazyFiles, preloadedFiles } from './first-screen';

// Shared by `npm run bench` (the table) and bench/budgets.test.ts (the budgets), so both count
// the same bytes the same way. Levels are those of a static host that precompresses its files:
// gzip 9, brotli 11.

export interface Compressed {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FileSize extends Compressed {
  /** Path relative to its dist folder, e.g. `assets/index-abc.js`. */
  file: string;
}

export interface SizeReport {
  firstScreen: FileSize[];
  firstScreenTotal: Compressed;
  /** What index.html preloads beside the first screen for the list: the app's chunk. */
  preloaded: FileSize[];
  /** The first screen and what it preloads: all the list needs from the widget's origin. */
  beforeListTotal: Compressed;
  lazy: FileSize[];
  sdk: FileSize[];
  /** The bindings' own files: what each adds on top of the SDK (the framework is the app's). */
  bindings: FileSize[];
}

export interface SizeOptions {
  /** The built widget, e.g. `dist/ui`. */
  uiDir: string;
  /** The built SDK, e.g. `dist/sdk`. */
  sdkDir: string;
}

export const sdkFiles = { module: 'plugboard.js', scriptTag: 'plugboard.iife.js' } as const;
/** `plugboard/react` and `plugboard/vue`: each imports the SDK's module (`./plugboard.js`) beside it. */
export const bindingFiles = { react: 'react.js', vue: 'vue.js' } as const;

export function compressedSize(bytes: Buffer): Compressed {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

export function fileSize(dir: string, file: string): FileSize {
  return { file, ...compressedSize(readFileSync(join(dir, file))) };
}

/** Each file compressed on its own, as it travels: the total is a sum, not one archive. */
export function sumSizes(sizes: Compressed[]): Compressed {
  return sizes.reduce((total, size) => ({
    raw: total.raw + size.raw,
    gzip: total.gzip + size.gzip,
    brotli: total.brotli + size.brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
}

export function measureSizes({ uiDir, sdkDir }: SizeOptions): SizeReport {
  const eager = firstScreenFiles(uiDir);
  const next = preloadedFiles(uiDir, eager);
  const firstScreen = eager.map((file) => fileSize(uiDir, file));
  const preloaded = next.map((file) => fileSize(uiDir, file));
  return {
    firstScreen,
    firstScreenTotal: sumSizes(firstScreen),
    preloaded,
    beforeListTotal: sumSizes([...firstScreen, ...preloaded]),
    lazy: lazyFiles(uiDir, [...eager, ...next]).map((file) => fileSize(uiDir, file)),
    sdk: [sdkFiles.module, sdkFiles.scriptTag].map((file) => fileSize(sdkDir, file)),
    bindings: [bindingFiles.react, bindingFiles.vue].map((file) => fileSize(sdkDir, file)),
  };
}
