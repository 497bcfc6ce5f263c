import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgets } from './budgets';
import { buildInto } from './build-into';
import { bindingFiles, measureSizes, sdkFiles, type SizeReport } from './sizes';

// Built sizes are deterministic, so they are asserted; timings are only reported (npm run bench).
// This runs before `npm run build` in `npm test`, so it builds its own copy into a temp folder.

const outDir = mkdtempSync(join(tmpdir(), 'plugboard-budgets-'));
let sizes: SizeReport;
let sdkDir = '';

beforeAll(async () => {
  const dirs = await buildInto(outDir);
  sdkDir = dirs.sdkDir;
  sizes = measureSizes(dirs);
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('size budgets', () => {
  it('the first screen downloads at most 15 KB brotli', () => {
    const listing = sizes.firstScreen.map(({ file, brotli }) => `${file}: ${brotli} B`).join(', ');
    expect(sizes.firstScreen.map(({ file }) => file)).toContain('index.html');
    expect(sizes.firstScreen.some(({ file }) => file.endsWith('.js'))).toBe(true);
    expect(sizes.firstScreenTotal.brotli, listing).toBeLessThanOrEqual(budgets.firstScreenBrotli);
  });

  it('the page preloads the app’s chunk, one file and no stylesheet, and with it the list needs at most 25 KB brotli', () => {
    const read = (file: string) => readFileSync(join(outDir, 'ui', file), 'utf8');
    expect(sizes.preloaded.map(({ file }) => file)).toEqual([expect.stringMatching(/^assets\/render-[\w-]+\.js$/)]);
    // Preact is in it, and not in the first screen: the entry posts `ready` without parsing it.
    const preact = (file: string) => read(file).includes('__PREACT_SIGNALS_DEVTOOLS__');
    expect(sizes.preloaded.filter(({ file }) => preact(file))).toHaveLength(1);
    expect(sizes.firstScreen.filter(({ file }) => file.endsWith('.js') && preact(file))).toEqual([]);
    // No chunk of Rolldown's helpers, which would be one more request before the list.
    expect([...sizes.firstScreen, ...sizes.preloaded, ...sizes.lazy].map(({ file }) => file).filter((file) => file.includes('rolldown'))).toEqual([]);
    expect(sizes.beforeListTotal.brotli).toBeLessThanOrEqual(budgets.beforeListBrotli);
  });

  it('the first screen loads its lazy chunks with the widget’s own loader, not Vite’s larger preload helper', () => {
    const scripts = sizes.firstScreen.filter(({ file }) => file.endsWith('.js')).map(({ file }) => readFileSync(join(outDir, 'ui', file), 'utf8'));
    const code = scripts.join('\n');
    expect(code.includes('Unable to load'), 'src/app/boot/load-chunk.ts is in the first screen').toBe(true);
    expect(code.includes('vite:preloadError'), 'Vite’s preload helper is not').toBe(false);
  });

  it('neither the first screen, the app’s chunk nor the connect chunk carries zod: the list and a single integration’s form paint from them, so their answers are parsed by hand', () => {
    const read = (file: string) => readFileSync(join(outDir, 'ui', file), 'utf8');
    const scripts = [...sizes.firstScreen, ...sizes.preloaded].filter(({ file }) => file.endsWith('.js')).map(({ file }) => file);
    // `_zod` is the property every zod schema keeps its internals in; minifying does not rename it.
    expect(scripts.filter((file) => read(file).includes('_zod'))).toEqual([]);
    // Nor the connect chunk, on the way to a single integration's form: it parses the provider and a
    // submit's answer by hand too. The OAuth chunk brings zod for its own calls.
    expect(sizes.lazy.filter(({ file }) => file.endsWith('.js') && read(file).includes('_zod')).map(({ file }) => file)).toEqual([expect.stringMatching(/^assets\/oauth-[\w-]+\.js$/)]);
  });

  it('the handoff’s QR encoder is a chunk of its own, not part of the first screen', () => {
    expect(sizes.lazy.map(({ file }) => file)).toContainEqual(expect.stringMatching(/^assets\/qr-code-[\w-]+\.js$/));
    expect(sizes.firstScreen.map(({ file }) => file).filter((file) => file.includes('qr-code'))).toEqual([]);
  });

  it('the OAuth code (popup, WebSocket, redirect, waiting screen) is a lazy chunk of its own, in neither the first screen nor the connect chunk', () => {
    // A message type only the OAuth popup's transport knows (src/client/oauth/popup.ts).
    const marker = 'nango_oauth_callback_ack';
    const holders = [...sizes.firstScreen, ...sizes.lazy].map(({ file }) => file).filter((file) => file.endsWith('.js') && readFileSync(join(outDir, 'ui', file), 'utf8').includes(marker));
    expect(holders).toEqual([expect.stringMatching(/^assets\/oauth-[\w-]+\.js$/)]);
    expect(sizes.lazy.map(({ file }) => file)).toContain(holders[0]);
  });

  it('the connect chunk (the form and what follows it, but the OAuth code) is at most 13.5 KB brotli', () => {
    const connect = sizes.lazy.filter(({ file }) => /^assets\/connect-[\w-]+\.js$/.test(file));
    expect(connect).toHaveLength(1);
    expect(connect[0]?.brotli, 'brotli bytes of the connect chunk').toBeLessThanOrEqual(budgets.connectChunkBrotli);
  });

  it('the script-tag SDK is at most 2 KB (2,000 B) brotli', () => {
    const scriptTag = sizes.sdk.find(({ file }) => file === sdkFiles.scriptTag);
    expect(scriptTag?.brotli).toBeGreaterThan(0);
    expect(scriptTag?.brotli, 'brotli bytes of the script-tag SDK').toBeLessThanOrEqual(budgets.sdkScriptTagBrotli);
  });

  it.each(Object.values(bindingFiles))('the binding %s is at most 1 KB brotli on top of the SDK, which it imports instead of copying', (file) => {
    const text = readFileSync(join(sdkDir, file), 'utf8');
    // The SDK's module is a separate file it imports: counting only the binding's file is honest
    // only if the SDK is not inside it.
    expect(text).toMatch(/from\s*"\.\/plugboard\.js"/);
    expect(text).not.toContain('widget_unavailable');
    const size = sizes.bindings.find((binding) => binding.file === file);
    expect(size?.brotli).toBeGreaterThan(0);
    expect(size?.brotli, `brotli bytes of ${file}`).toBeLessThanOrEqual(budgets.bindingBrotli);
  });
});
