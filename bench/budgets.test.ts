import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgets } from './budgets';
import { buildInto } from './build-into';
import { measureSizes, sdkFiles, type SizeReport } from './sizes';

// Built sizes are deterministic, so they are asserted; timings are only reported (npm run bench).
// This runs before `npm run build` in `npm test`, so it builds its own copy into a temp folder.

const outDir = mkdtempSync(join(tmpdir(), 'plugboard-budgets-'));
let sizes: SizeReport;

beforeAll(async () => {
  sizes = measureSizes(await buildInto(outDir));
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('size budgets', () => {
  it('the first screen downloads at most 18.2 KB brotli', () => {
    const listing = sizes.firstScreen.map(({ file, brotli }) => `${file}: ${brotli} B`).join(', ');
    expect(sizes.firstScreen.map(({ file }) => file)).toContain('index.html');
    expect(sizes.firstScreen.some(({ file }) => file.endsWith('.js'))).toBe(true);
    expect(sizes.firstScreenTotal.brotli, listing).toBeLessThanOrEqual(budgets.firstScreenBrotli);
  });

  it('the script-tag SDK is at most 2.2 KB brotli', () => {
    const scriptTag = sizes.sdk.find(({ file }) => file === sdkFiles.scriptTag);
    expect(scriptTag?.brotli).toBeGreaterThan(0);
    expect(scriptTag?.brotli, 'brotli bytes of the script-tag SDK').toBeLessThanOrEqual(budgets.sdkScriptTagBrotli);
  });
});
