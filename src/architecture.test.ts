import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './app/i18n/en';

// The folder layout is the architecture: these are its boundaries, checked on every import.

const src = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every module a file loads at run time (type-only imports are erased): packages by name, project
 * files as a path under src/. `lazy` ones are loaded by `import()`, on first use.
 */
function loadsOf(file: string): { target: string; lazy: boolean }[] {
  const text = readFileSync(file, 'utf8');
  // `import … from 'x'`, `export … from 'x'`, `import('x')`, and side-effect `import 'x'` (which
  // loads a module as surely as the others).
  const statements = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s*['"]([^'"]+)['"]/g)];
  const specifiers = statements.filter(([statement]) => !/^(import|export) type /.test(statement));
  return specifiers.map(([, from, dynamic, sideEffect]) => {
    const specifier = from ?? dynamic ?? sideEffect ?? '';
    return { target: specifier.startsWith('.') ? relative(src, resolve(dirname(file), specifier)) : specifier, lazy: dynamic !== undefined };
  });
}

const importsOf = (file: string): string[] => loadsOf(file).map(({ target }) => target);
const eagerImportsOf = (file: string): string[] => loadsOf(file).filter(({ lazy }) => !lazy).map(({ target }) => target);

const rootOf = (path: string) => path.split('/')[0];
const filesIn = (root: string) => sourceFiles(join(src, root)).map((file) => ({ file: relative(src, file), imports: importsOf(file) }));

/**
 * Every module `roots` load without `import()`, with its file: from `app/boot/main`, the entry, which
 * posts `ready` and sends the first GETs; with `app/boot/render`, the app's chunk that the page
 * preloads beside it, what paints the list.
 */
function reachedFrom(...roots: string[]): Map<string, string | undefined> {
  const reached = new Map<string, string | undefined>();
  const visit = (target: string) => {
    if (reached.has(target)) return;
    const isOurs = !target.startsWith('zod') && ['app', 'client', 'contract', 'protocol'].includes(rootOf(target) ?? '');
    const file = isOurs ? [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].map((path) => join(src, path)).find((path) => existsSync(path)) : undefined;
    reached.set(target, file);
    if (file) eagerImportsOf(file).filter((path) => !path.endsWith('.css')).forEach(visit);
  };
  roots.forEach(visit);
  return reached;
}

const listPath = () => reachedFrom('app/boot/main', 'app/boot/render');

describe('architecture', () => {
  it('the SDK imports only itself and src/protocol, and no package at all', () => {
    for (const file of sourceFiles(join(src, 'sdk'))) {
      for (const target of eagerImportsOf(file)) expect([relative(src, file), rootOf(target)]).toEqual([relative(src, file), expect.stringMatching(/^(sdk|protocol)$/)]);
    }
  });

  it('the SDK loads the headless client only lazily, and only the ES module\'s Nango does (the script-tag budget)', () => {
    const lazy = sourceFiles(join(src, 'sdk')).flatMap((file) => loadsOf(file).filter(({ lazy }) => lazy).map(({ target }) => [relative(src, file), target]));
    expect(lazy).toEqual([['sdk/headless-nango.ts', 'client/nango-auth']]);
    // The script-tag entry never reaches that file, however indirectly.
    const reached = new Set<string>();
    const visit = (target: string) => {
      if (reached.has(target) || rootOf(target) !== 'sdk') return;
      reached.add(target);
      eagerImportsOf(join(src, `${target}.ts`)).forEach(visit);
    };
    visit('sdk/global');
    expect(reached.has('sdk/nango')).toBe(true);
    expect(reached.has('sdk/headless-nango')).toBe(false);
  });

  it('the SDK loads no protocol file that pulls in zod, however indirectly (the script-tag budget)', () => {
    const protocolFiles = filesIn('sdk').flatMap(({ imports }) => imports.filter((target) => rootOf(target) === 'protocol'));
    expect(protocolFiles.length).toBeGreaterThan(0);
    // Every protocol file the SDK loads, following protocol → protocol imports to the end.
    const loaded = new Set<string>();
    const visit = (target: string) => {
      if (loaded.has(target)) return;
      loaded.add(target);
      for (const next of importsOf(join(src, `${target}.ts`))) if (rootOf(next) === 'protocol') visit(next);
    };
    protocolFiles.forEach(visit);
    expect(loaded.size).toBeGreaterThan(new Set(protocolFiles).size); // the walk reached indirect imports
    for (const target of loaded) {
      const imports = importsOf(join(src, `${target}.ts`));
      expect([target, imports.filter((path) => path === 'protocol/zod' || path === 'protocol/messages' || path.startsWith('zod'))]).toEqual([target, []]);
    }
  });

  it('the iframe app never imports the server or the SDK', () => {
    for (const { file, imports } of filesIn('app')) {
      for (const target of imports) expect([file, rootOf(target)]).not.toEqual([file, expect.stringMatching(/^(server|sdk|console|bindings)$/)]);
    }
  });

  it('a binding imports its framework, the shared binding files and the SDK through its public entry only', () => {
    // The built binding imports the SDK's own file (`./plugboard.js`) instead of a copy of it: only
    // src/sdk/index is left out of its bundle, so any other SDK file would be bundled twice.
    const bindings = filesIn('bindings');
    expect(bindings.map(({ file }) => file)).toEqual(expect.arrayContaining(['bindings/react/index.ts', 'bindings/vue/index.ts']));
    for (const { file, imports } of bindings) {
      const framework = file.split('/')[1];
      const allowed = file.split('/').length === 2 ? [] : [framework];
      for (const target of imports) {
        const isOurs = target === 'sdk/index' || (rootOf(target) === 'bindings' && (target.split('/').length === 2 || target.startsWith(`bindings/${framework}/`)));
        expect([file, isOurs || allowed.includes(target)]).toEqual([file, true]);
      }
    }
  });

  it('the protocol depends on nothing of ours but itself', () => {
    for (const { file, imports } of filesIn('protocol')) {
      for (const target of imports.filter((path) => !path.startsWith('zod'))) expect([file, rootOf(target)]).toEqual([file, 'protocol']);
    }
  });

  it('the HTTP contract depends on nothing of ours but itself and the protocol (zod, and the settings both wires carry)', () => {
    expect(filesIn('contract').length).toBeGreaterThan(0);
    for (const { file, imports } of filesIn('contract')) {
      for (const target of imports) expect([file, target]).toEqual([file, expect.stringMatching(/^(contract|protocol)\/|^zod/)]);
    }
  });

  it('the headless client imports only itself, the contract and the protocol: no UI framework, no app', () => {
    expect(filesIn('client').length).toBeGreaterThan(0);
    for (const { file, imports } of filesIn('client')) {
      for (const target of imports) expect([file, target]).toEqual([file, expect.stringMatching(/^(client|contract|protocol)\/|^zod/)]);
    }
  });

  it('the widget\'s entry reaches no UI framework, however indirectly: it posts `ready` before Preact is even parsed', () => {
    const reached = [...reachedFrom('app/boot/main')];
    expect(reached.map(([target]) => target)).toContain('app/machine/machine');
    expect(reached.map(([target]) => target)).toContain('@preact/signals-core');
    expect(reached.filter(([target, file]) => /^preact|^@preact\/signals$/.test(target) || file?.endsWith('.tsx'))).toEqual([]);
  });

  it('the widget\'s list path (entry and app chunk) reaches no zod, however indirectly: only its lazy chunks may', () => {
    const reached = new Set(listPath().keys());
    expect(reached.has('app/list/ListScreen')).toBe(true);
    expect(reached.has('contract/first-load')).toBe(true);
    expect([...reached].filter((path) => path.startsWith('zod') || /(^|\/)zod$/.test(path))).toEqual([]);
  });

  it('every message the list path names is in its own English: the list and the loader never wait for the lazy half to have words', () => {
    const keyOf = /\bt\(\s*'([\w.]+)'/g;
    const named = [...listPath()].flatMap(([target, file]) => (file && rootOf(target) === 'app' ? [...readFileSync(file, 'utf8').matchAll(keyOf)].map(([, key]) => [target, key]) : []));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter(([, key]) => !Object.hasOwn(en, key ?? ''))).toEqual([]);
  });

  it('index.ts files only re-export', () => {
    const indexes = sourceFiles(src).filter((file) => file.endsWith('/index.ts'));
    for (const file of indexes) {
      const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() && !line.trim().startsWith('//'));
      for (const line of lines) expect([relative(src, file), line]).toEqual([relative(src, file), expect.stringMatching(/^export /)]);
    }
  });

  it('only the machine changes the screen: no other file of the app assigns the screen signal', () => {
    const writers = sourceFiles(join(src, 'app'))
      .filter((file) => /\bscreen\.value\s*=(?!=)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    expect(writers).toEqual(['app/machine/machine.ts']);
  });

  it('no production file imports a test helper (they live in test/, outside src)', () => {
    const helpers = resolve('test');
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map(([, specifier = '']) => resolve(dirname(file), specifier));
      for (const target of specifiers) expect([relative(src, file), target.startsWith(`${helpers}/`)]).toEqual([relative(src, file), false]);
      expect([relative(src, file), /\bfrom ['"](vitest|msw|@testing-library\/[^'"]+)['"]/.test(text)]).toEqual([relative(src, file), false]);
    }
  });
});
