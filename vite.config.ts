import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

// One config, one build per target (`vite build --mode <target>`), driven by scripts/build.mjs.
// Targets: ui (the iframe app), sdk (ES module), sdk-iife (script tag), sdk-react and sdk-vue (the
// bindings), headless (the headless client, ES module), console (the local console).
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;
const headlessAuth = resolve('src/client/nango-auth.ts');

const sdkEntry = fileURLToPath(new URL('src/sdk/index.ts', import.meta.url));

/** A binding imports the SDK's own built file beside it, so an app that uses both loads it once. */
const sdkAsSibling: Plugin = {
  name: 'plugboard-sdk-as-sibling',
  enforce: 'pre',
  async resolveId(source, importer) {
    const resolved = importer && source.startsWith('.') ? await this.resolve(source, importer, { skipSelf: true }) : null;
    return resolved?.id === sdkEntry ? { id: './plugboard.js', external: true } : null;
  },
};

/** `plugboard/react`, `plugboard/vue`: one file each in dist/sdk; the framework stays the app's. */
const binding = (framework: 'react' | 'vue'): UserConfig => ({
  publicDir: false,
  plugins: [sdkAsSibling],
  build: {
    outDir: 'dist/sdk',
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    lib: { entry: `src/bindings/${framework}/index.ts`, formats: ['es'], fileName: () => `${framework}.js` },
    // React Server Components: the hook and the button run in the browser, so a server component
    // may render <ConnectButton> directly (a directive must come first, hence a banner).
    rollupOptions: { external: [framework], output: { banner: framework === 'react' ? "'use client';" : '' } },
  },
});

/**
 * The widget's loader of lazy chunks (src/app/boot/load-chunk.ts) in place of Vite's preload helper,
 * which the first screen would otherwise carry: Vite imports its helper from this module id.
 */
const viteHelper = '\0vite/preload-helper.js';
const lazyChunkLoader: Plugin = {
  name: 'plugboard-lazy-chunk-loader',
  enforce: 'pre',
  resolveId: (source) => (source === viteHelper ? resolve('src/app/boot/load-chunk.ts') : null),
};

/**
 * Built without PLUGBOARD_API_URL, the widget may not use its token before it has read its
 * deployment's `config.json`: requested from the page's head, that file is on its way while the
 * script downloads and compiles, rather than after (the script's request is then served from the preload).
 * The widget server replaces this exact tag with the configuration itself (src/server/ui/index-page.ts).
 */
const configPreload: Plugin = {
  name: 'plugboard-config-preload',
  // Written by hand, without Vite's quotes and indentation: these bytes count in the first screen's budget.
  transformIndexHtml: (html) =>
    process.env.PLUGBOARD_WIDGET_API_URLS ? html : html.replace('<head>', '<head><link rel=preload href=config.json as=fetch crossorigin>'),
};

/**
 * The app's chunk (Preact and the screens, `src/app/boot/render.tsx`) is imported by the entry once
 * that has posted `ready`; named in the page's head, it downloads beside the entry instead of after.
 */
const appChunk = resolve('src/app/boot/render.tsx');
const entry = resolve('src/app/boot/main.ts');
const appChunkPreload: Plugin = {
  name: 'plugboard-app-chunk-preload',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { bundle }) => {
      const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.moduleIds.includes(appChunk));
      return chunk ? html.replace('</head>', `<link rel=modulepreload href=./${chunk.fileName}></head>`) : html;
    },
  },
};

/**
 * Once the app's chunk is a group of its own, Rolldown moves its runtime helpers (here the one that
 * builds a module's namespace object for `import()`) into a chunk of their own: one more request
 * before the list, for about 120 bytes. They keep no state, so each chunk that uses them gets its
 * own copy instead.
 */
const inlineRuntime: Plugin = {
  name: 'plugboard-inline-runtime',
  enforce: 'post',
  generateBundle(_, bundle) {
    const runtime = Object.values(bundle).find((output) => output.type === 'chunk' && output.name === 'rolldown-runtime');
    if (runtime?.type !== 'chunk') return;
    const exported = /export\{([^}]*)\};?\s*$/.exec(runtime.code);
    if (!exported || runtime.imports.length > 0) return this.error(`${runtime.fileName} is not the self-contained helper chunk this build inlines`);
    // `export{t as n}` and `import{n as e}`: [local, exported] and [exported, local] pairs.
    const pairs = (specifiers: string) => specifiers.split(',').map((specifier) => specifier.trim().split(/\s+as\s+/));
    const exports = pairs(exported[1]).map(([local, name = local]) => `${name}:${local}`).join(',');
    const helpers = `(()=>{${runtime.code.slice(0, exported.index)}return{${exports}}})()`;
    const file = runtime.fileName.split('/').pop() ?? runtime.fileName;
    const importOf = new RegExp(`import\\{([^}]*)\\}from"\\./${file.replace(/\./g, '\\.')}";`);
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk === runtime) continue;
      chunk.code = chunk.code.replace(importOf, (_, specifiers: string) => `const{${pairs(specifiers).map(([name, local = name]) => `${name}:${local}`).join(',')}}=${helpers};`);
      if (chunk.code.includes(file)) return this.error(`${chunk.fileName} still names ${runtime.fileName}`);
    }
    delete bundle[runtime.fileName];
  },
};

/**
 * What the app's chunk reaches and the entry does not is all in that one chunk, so the list costs
 * one request. The lazy halves share Preact and the screens' parts with it: left alone, the
 * bundler would give those a chunk of their own, one more request before the list.
 */
function appChunkOf(id: string, graph: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }): string | null {
  const closure = (root: string) => {
    const seen = new Set<string>();
    const visit = (module: string) => {
      if (seen.has(module)) return;
      seen.add(module);
      graph.getModuleInfo(module)?.importedIds.forEach(visit);
    };
    visit(root);
    return seen;
  };
  return closure(appChunk).has(id) && !closure(entry).has(id) ? 'render' : null;
}

const targets: Record<string, UserConfig> = {
  ui: {
    base: './', // relative asset paths: the widget works under any base path
    publicDir: 'public',
    plugins: [lazyChunkLoader, configPreload, appChunkPreload, inlineRuntime],
    build: {
      outDir: 'dist/ui',
      emptyOutDir: true,
      target: 'es2022',
      // The widget's own loader (above) fetches a chunk's stylesheets; its scripts come with `import()`.
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: appChunkOf, debugName: 'app', includeDependenciesRecursively: false }] } } },
    },
    // The APIs the widget may talk to, comma-separated, when built with PLUGBOARD_API_URL (scripts/build.mjs
    // validates it and passes it on); null: the widget reads them from config.json beside its index.html.
    define: { __PLUGBOARD_API_URLS__: JSON.stringify(process.env.PLUGBOARD_WIDGET_API_URLS ?? null) },
  },
  sdk: {
    publicDir: false,
    build: {
      outDir: 'dist/sdk',
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      lib: { entry: 'src/sdk/index.ts', formats: ['es'], fileName: () => 'plugboard.js' },
      // `Nango.auth()` loads the headless client on first use from its own build beside this one
      // (`headless.js`, plugboard/headless): not bundled here, so one copy ships.
      rollupOptions: { external: [headlessAuth], output: { paths: { [headlessAuth]: './headless.js' } } },
    },
  },
  'sdk-iife': {
    publicDir: false,
    build: {
      outDir: 'dist/sdk',
      emptyOutDir: false,
      target: 'es2020',
      lib: { entry: 'src/sdk/global.ts', formats: ['iife'], name: 'Plugboard', fileName: () => 'plugboard.iife.js' },
      // No `Symbol.toStringTag` on the global: nobody inspects it, and it costs the budget bytes.
      rollupOptions: { output: { generatedCode: { symbols: false } } },
    },
  },
  'sdk-react': binding('react'),
  'sdk-vue': binding('vue'),
  // `plugboard/headless`: the Connect API client without the widget (zod bundled in).
  headless: {
    publicDir: false,
    build: {
      outDir: 'dist/sdk',
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      lib: { entry: 'src/client/index.ts', formats: ['es'], fileName: () => 'headless.js' },
    },
  },
  console: {
    root: 'src/console',
    base: './',
    publicDir: '../../public', // the same favicon as the widget
    build: { outDir: '../../dist/console', emptyOutDir: true, target: 'es2022' },
  },
};

export default defineConfig(({ mode }) => ({
  ...(targets[mode] ?? targets.ui),
  oxc: { jsx },
  test: {
    projects: [
      {
        oxc: { jsx },
        test: { name: 'node', environment: 'node', include: ['src/server/**/*.test.ts', 'src/protocol/**/*.test.ts', 'src/contract/**/*.test.ts', 'src/client/**/*.test.ts', 'src/*.test.ts', 'bench/**/*.test.ts'] },
      },
      {
        oxc: { jsx },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}', 'src/sdk/**/*.test.ts', 'src/bindings/**/*.test.ts', 'src/console/**/*.test.{ts,tsx}'],
          setupFiles: ['test/app/lazy-english.ts', 'test/app/preact-signals.ts'],
        },
      },
    ],
  },
}));
