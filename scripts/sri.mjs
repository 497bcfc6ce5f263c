// `node scripts/sri.mjs`: the Subresource Integrity hashes of the built SDK files, to paste into
// a `<script integrity="…">` tag. A CDN copy that differs by one byte is then refused by the browser.
// `e2e/hardening/sri.spec.ts` checks the README's snippet against the built file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const files = ['dist/sdk/plugboard.iife.js', 'dist/sdk/plugboard.js'];

/** The `integrity` attribute value for a file's bytes (sha384, as the SRI spec recommends). */
export function sriOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.error(`Build first (npm run build): missing ${missing.join(', ')}`);
    process.exit(1);
  }
  for (const file of files) console.log(`${sriOf(readFileSync(file))}  ${file}`);
}
