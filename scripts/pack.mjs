// `npm run pack`: builds, then writes the two packages to dist/packages/:
//   plugboard-<version>.tgz         the SDK (ESM, script tag, types), plugboard/react and plugboard/vue,
//                                   the headless client (`plugboard/headless`) and the widget under widget/
//   plugboard-server-<version>.tgz  the plugboard-server CLI, compiled, with the files it serves
// Each package is assembled in dist/pack-stage/<name>/ with its own package.json, then `npm pack`ed.
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const stage = 'dist/pack-stage';
const out = 'dist/packages';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
rmSync(stage, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  version: root.version,
  license: root.license,
  type: 'module',
  engines: root.engines,
};
// tsc keeps the source's extensionless relative imports (`from './options'`) in the `.d.ts`; a
// consumer with `moduleResolution: node16/nodenext` refuses them, so each gets its `.js` (which
// TypeScript maps to the `.d.ts` beside it).
function addJsExtensions(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) addJsExtensions(path);
    else if (entry.name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+?)(?<!\.js)\2/g, '$1$2$3.js$2'));
    }
  }
}
const writeManifest = (dir, manifest) => writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// plugboard: no dependencies; the widget's files are plain static files under widget/.
const sdk = join(stage, 'plugboard');
mkdirSync(sdk, { recursive: true });
for (const file of ['plugboard.js', 'plugboard.iife.js', 'react.js', 'vue.js', 'headless.js']) cpSync(join('dist/sdk', file), join(sdk, file));
cpSync('dist/sdk/types', join(sdk, 'types'), { recursive: true });
addJsExtensions(join(sdk, 'types'));
cpSync('dist/ui', join(sdk, 'widget'), { recursive: true });
for (const file of ['README.md', 'LICENSE']) cpSync(file, join(sdk, file));
writeManifest(sdk, {
  name: root.name,
  description: root.description,
  ...common,
  main: './plugboard.js',
  module: './plugboard.js',
  types: './types/sdk/index.d.ts',
  exports: {
    '.': { types: './types/sdk/index.d.ts', import: './plugboard.js' },
    './react': { types: './types/bindings/react/index.d.ts', import: './react.js' },
    './vue': { types: './types/bindings/vue/index.d.ts', import: './vue.js' },
    './headless': { types: './types/client/index.d.ts', import: './headless.js' },
    './plugboard.iife.js': './plugboard.iife.js',
    './widget/*': './widget/*',
    './package.json': './package.json',
  },
  // The bindings' frameworks are the app's own: never installed for it, never bundled in.
  peerDependencies: { react: '>=18', vue: '>=3.3' },
  peerDependenciesMeta: { react: { optional: true }, vue: { optional: true } },
  sideEffects: false,
  files: ['plugboard.js', 'plugboard.iife.js', 'react.js', 'vue.js', 'headless.js', 'types', 'widget'],
});

// plugboard-server: src/server compiled for Node, one file per module (so `new URL('./x',
// import.meta.url)` still finds the assets copied beside them), packages left to npm.
const server = join(stage, 'plugboard-server');
const lib = join(server, 'lib');
const isBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);
const packageName = (id) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');
const external = new Set();
await build({
  configFile: false,
  logLevel: 'warn',
  ssr: { target: 'node', external: true },
  build: {
    ssr: 'src/server/cli.ts',
    outDir: lib,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: (id) => {
        const isPackage = !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
        if (isPackage && !isBuiltin(id)) external.add(packageName(id));
        return isPackage;
      },
      output: { format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
// The non-TypeScript files the server reads at run time (OAuth callback assets, the demo's page…).
const copyAssets = (dir) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (!/\.tsx?$|\.md$/.test(entry)) cpSync(path, join(lib, relative('src', path)));
  }
};
copyAssets('src/server');
for (const part of ['ui', 'console']) cpSync(join('dist', part), join(server, 'dist', part), { recursive: true });
mkdirSync(join(server, 'dist/sdk'), { recursive: true });
for (const file of ['plugboard.js', 'plugboard.iife.js', 'headless.js']) cpSync(join('dist/sdk', file), join(server, 'dist/sdk', file));
mkdirSync(join(server, 'bin'));
writeFileSync(join(server, 'bin/plugboard-server.js'), "#!/usr/bin/env node\nimport '../lib/server/cli.js';\n");
chmodSync(join(server, 'bin/plugboard-server.js'), 0o755);
cpSync('LICENSE', join(server, 'LICENSE'));
writeFileSync(
  join(server, 'README.md'),
  '# plugboard-server\n\nThe Plugboard widget server and local development stack. Run `plugboard-server --help`;\nsee the `plugboard` package\'s README ("Install" and "Deploy").\n',
);
const versions = { ...root.devDependencies, ...root.dependencies };
const dependencies = Object.fromEntries(
  [...external].sort().map((name) => {
    if (!versions[name]) throw new Error(`plugboard-server imports ${name}, which package.json does not list`);
    return [name, versions[name]];
  }),
);
writeManifest(server, {
  name: 'plugboard-server',
  description: 'The Plugboard widget server (production headers) and local development stack.',
  ...common,
  bin: { 'plugboard-server': 'bin/plugboard-server.js' },
  dependencies,
  files: ['bin', 'lib', 'dist'],
});

for (const dir of [sdk, server]) {
  const [result] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', join(process.cwd(), out)], { cwd: dir, encoding: 'utf8' }));
  console.log(`${out}/${result.filename}: ${result.entryCount} files, ${result.size} bytes (${result.unpackedSize} unpacked)`);
}
