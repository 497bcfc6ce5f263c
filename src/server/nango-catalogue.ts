import { createRequire } from 'node:module';
import { isMain, runStack } from './start';

// `npm run start:nango-catalogue`: `npm start` with Nango's provider catalogue in the console's
// "Choose an API", read from the optional @nangohq/providers devDependency. Development only:
// that file is Nango's (Elastic License 2.0); Plugboard ships none of it and needs none of it to run.

type Env = Record<string, string | undefined>;

export type CatalogueSettings = { ok: true; env: { PLUGBOARD_PROVIDERS_YAML: string } } | { ok: false; message: string };

/** The catalogue to load: the user's PLUGBOARD_PROVIDERS_YAML, else the installed package's file. */
export function nangoCatalogueSettings(env: Env, resolve: (specifier: string) => string): CatalogueSettings {
  const own = env['PLUGBOARD_PROVIDERS_YAML']?.trim();
  if (own) return { ok: true, env: { PLUGBOARD_PROVIDERS_YAML: own } };
  try {
    return { ok: true, env: { PLUGBOARD_PROVIDERS_YAML: resolve('@nangohq/providers/providers.yaml') } };
  } catch {
    return {
      ok: false,
      message: [
        '@nangohq/providers is not installed. Either install it (Nango\'s package, Elastic License 2.0):',
        '  npm install --save-dev @nangohq/providers',
        'or point the server at any providers.yaml:',
        '  PLUGBOARD_PROVIDERS_YAML=/absolute/path/to/providers.yaml npm start',
      ].join('\n'),
    };
  }
}

if (isMain(import.meta.url)) {
  const settings = nangoCatalogueSettings(process.env, createRequire(import.meta.url).resolve);
  if (!settings.ok) {
    console.error(settings.message);
    process.exit(1);
  }
  console.log(`Provider catalogue: ${settings.env.PLUGBOARD_PROVIDERS_YAML} (Nango's file, under its own licence; for development)`);
  runStack({ ...process.env, ...settings.env }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
