import { defineConfig, type UserConfig } from 'vite';

// One config, one build per target (`vite build --mode <target>`), driven by scripts/build.mjs.
// Targets: ui (the iframe app), sdk (ES module), sdk-iife (script tag), console (the local console).
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

const targets: Record<string, UserConfig> = {
  ui: {
    base: './', // relative asset paths: the widget works under any base path
    publicDir: 'public',
    build: { outDir: 'dist/ui', emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
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
    },
  },
  'sdk-iife': {
    publicDir: false,
    build: {
      outDir: 'dist/sdk',
      emptyOutDir: false,
      target: 'es2020',
      lib: { entry: 'src/sdk/global.ts', formats: ['iife'], name: 'Plugboard', fileName: () => 'plugboard.iife.js' },
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
        test: { name: 'node', environment: 'node', include: ['src/server/**/*.test.ts', 'src/protocol/**/*.test.ts', 'src/*.test.ts', 'bench/**/*.test.ts'] },
      },
      {
        oxc: { jsx },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}', 'src/sdk/**/*.test.ts', 'src/console/**/*.test.{ts,tsx}'],
          setupFiles: ['test/app/lazy-english.ts'],
        },
      },
    ],
  },
}));
