import { posix } from 'node:path';

// What a browser fetches before the first screen can run: the scripts and stylesheets that
// index.html names, and every module those scripts import statically. Dynamic `import()` and
// Vite's preload lists are lazy, so they are left out on purpose; the modules index.html
// preloads are listed apart, as what comes next.

const tagPattern = /<(script|link)\b([^>]*)>/gi;
const attributePattern = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

// A static `import … from "x"`, `import "x"` or `export … from "x"` at a statement boundary.
// `import(` (dynamic) and `import.meta` never match: after `import` comes a quote, a brace, `*`
// or a name, then `from`.
const staticImportPattern = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"']+)\1/g;
const cssImportPattern = /@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of source.matchAll(attributePattern)) {
    attributes[name.toLowerCase()] = double ?? single ?? bare ?? '';
  }
  return attributes;
}

const isLocal = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

function linksOf(html: string): Array<{ tag: string; rel: string[]; url: string }> {
  return [...html.matchAll(tagPattern)].flatMap(([, tag, attributeSource]) => {
    const attributes = attributesOf(attributeSource);
    const url = tag.toLowerCase() === 'script' ? attributes.src : attributes.href;
    return url && isLocal(url) ? [{ tag: tag.toLowerCase(), rel: (attributes.rel ?? '').toLowerCase().split(/\s+/), url }] : [];
  });
}

/** The scripts and stylesheets that an HTML document references, as written: what its first screen runs on. */
export function htmlReferences(html: string): string[] {
  return linksOf(html)
    .filter(({ tag, rel }) => tag === 'script' || rel.includes('stylesheet'))
    .map(({ url }) => url);
}

/** The modules it preloads, as written: fetched beside the first screen for what comes next. */
export function htmlPreloads(html: string): string[] {
  return linksOf(html)
    .filter(({ tag, rel }) => tag === 'link' && rel.includes('modulepreload'))
    .map(({ url }) => url);
}

// In a module, only `./`, `../` and `/` specifiers are files; bare ones would be packages.
const isPathSpecifier = (specifier: string) => /^\.{0,2}\//.test(specifier);

/** The files a built JS module imports statically (not `import()`). */
export function staticImports(js: string): string[] {
  return [...js.matchAll(staticImportPattern)].map(([, , specifier]) => specifier).filter(isPathSpecifier);
}

/** The stylesheets a CSS file pulls in with `@import`. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(cssImportPattern)].map(([, , url]) => url).filter(isLocal);
}

/** `reference` as a path relative to the dist root, given the file (also relative) it appears in. */
export function resolveReference(fromFile: string, reference: string): string {
  const path = reference.split(/[?#]/)[0];
  if (path.startsWith('/')) return posix.normalize(path.slice(1));
  return posix.normalize(posix.join(posix.dirname(fromFile), path));
}
