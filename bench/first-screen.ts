import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cssImports, htmlReferences, resolveReference, staticImports } from './static-references';

/** What the first screen downloads from a built widget: index.html and its static closure. */
export function firstScreenFiles(uiDir: string): string[] {
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const reference of referencesOf(uiDir, file)) {
      const target = resolveReference(file, reference);
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return [...seen];
}

function referencesOf(uiDir: string, file: string): string[] {
  const text = readFileSync(join(uiDir, file), 'utf8');
  if (file.endsWith('.html')) return htmlReferences(text);
  if (file.endsWith('.css')) return cssImports(text);
  if (/\.m?js$/.test(file)) return staticImports(text);
  return [];
}

/** Every other script and stylesheet in the build: loaded later, if at all (screens, languages). */
export function lazyFiles(uiDir: string, firstScreen: string[]): string[] {
  const eager = new Set(firstScreen);
  return allFiles(uiDir)
    .filter((file) => /\.(m?js|css)$/.test(file) && !eager.has(file))
    .sort();
}

function allFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? allFiles(path, root) : [relative(root, path).split('\\').join('/')];
  });
}
