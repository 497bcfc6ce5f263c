import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cssImports, htmlPreloads, htmlReferences, resolveReference, staticImports } from './static-references';

/** What the first screen downloads from a built widget: index.html and its static closure. */
export function firstScreenFiles(uiDir: string): string[] {
  return closureOf(uiDir, ['index.html']);
}

/**
 * What index.html preloads for the list (the app's chunk) beyond the first screen: downloaded
 * beside it, so what the list needs is the two together.
 */
export function preloadedFiles(uiDir: string, firstScreen: string[]): string[] {
  const preloads = htmlPreloads(readFileSync(join(uiDir, 'index.html'), 'utf8')).map((reference) => resolveReference('index.html', reference));
  const eager = new Set(firstScreen);
  return closureOf(uiDir, preloads).filter((file) => !eager.has(file));
}

function closureOf(uiDir: string, roots: string[]): string[] {
  const seen = new Set<string>(roots);
  const queue = [...roots];
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
export function lazyFiles(uiDir: string, loaded: string[]): string[] {
  const eager = new Set(loaded);
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
