import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadProvidersYaml } from './api/providers/providers-yaml';
import { nangoCatalogueSettings } from './nango-catalogue';

const missing = (specifier: string): string => {
  throw new Error(`Cannot find module '${specifier}'`);
};

describe('npm run start:nango-catalogue', () => {
  it('points PLUGBOARD_PROVIDERS_YAML at the providers.yaml of @nangohq/providers when it is installed', () => {
    const found = nangoCatalogueSettings({}, () => '/repo/node_modules/@nangohq/providers/providers.yaml');
    expect(found).toEqual({ ok: true, env: { PLUGBOARD_PROVIDERS_YAML: '/repo/node_modules/@nangohq/providers/providers.yaml' } });
  });

  it('keeps a PLUGBOARD_PROVIDERS_YAML the user set', () => {
    expect(nangoCatalogueSettings({ PLUGBOARD_PROVIDERS_YAML: '/mine.yaml' }, missing)).toEqual({ ok: true, env: { PLUGBOARD_PROVIDERS_YAML: '/mine.yaml' } });
  });

  it('says how to install the package or set the path when it is not installed', () => {
    const result = nangoCatalogueSettings({}, missing);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('npm install --save-dev @nangohq/providers');
      expect(result.message).toContain('PLUGBOARD_PROVIDERS_YAML=');
    }
  });

  it('finds, in this repository, a catalogue the server loads with GitHub and Stripe in it', () => {
    const result = nangoCatalogueSettings({}, createRequire(import.meta.url).resolve);
    if (!result.ok) throw new Error(result.message);
    const { providers } = loadProvidersYaml(result.env.PLUGBOARD_PROVIDERS_YAML);
    expect(providers['github']?.display_name).toMatch(/GitHub/);
    expect(Object.keys(providers)).toContain('stripe');
  });
});
