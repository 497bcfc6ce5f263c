import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProvidersYaml } from './providers-yaml';

// Nango's own catalogue, from the devDependency (test only; never imported at runtime).
const nangoProvidersYaml = join(dirname(createRequire(import.meta.url).resolve('@nangohq/providers/package.json')), 'providers.yaml');

describe('loadProvidersYaml', () => {
  it("loads Nango's catalogue with aliases resolved", () => {
    const { providers, skipped } = loadProvidersYaml(nangoProvidersYaml);
    expect(Object.keys(providers).length).toBeGreaterThan(900);
    expect(skipped).toEqual([]);
    expect(providers['zendesk']).toMatchObject({ auth_mode: 'OAUTH2', connection_config: { subdomain: { suffix: '.zendesk.com' } } });
    expect(providers['openai']?.auth_mode).toBe('API_KEY');
  });
});
