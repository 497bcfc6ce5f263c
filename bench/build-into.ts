import { join } from 'node:path';
import { build } from 'vite';

export interface BuiltDirs {
  uiDir: string;
  sdkDir: string;
}

/**
 * Builds the widget, both SDK builds and the bindings into `outDir` exactly as `npm run build` does, so the
 * budget test never reads a stale `dist/`. Vite reads NODE_ENV to decide what a production build
 * is, and vitest sets it to `test`; `npm run build` runs with it unset, which Vite turns into
 * `production`.
 */
export async function buildInto(outDir: string): Promise<BuiltDirs> {
  const dirs = { uiDir: join(outDir, 'ui'), sdkDir: join(outDir, 'sdk') };
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildMode('ui', dirs.uiDir, true);
    await buildMode('sdk', dirs.sdkDir, true);
    await buildMode('sdk-iife', dirs.sdkDir, false);
    await buildMode('sdk-react', dirs.sdkDir, false);
    await buildMode('sdk-vue', dirs.sdkDir, false);
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return dirs;
}

async function buildMode(mode: string, outDir: string, isFirstIntoDir: boolean): Promise<void> {
  await build({
    mode,
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: isFirstIntoDir },
  });
}
