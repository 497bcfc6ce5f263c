import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../providers/built-in-providers';
import { loadProvidersYaml } from '../providers/providers-yaml';
import { appFlowUrl, tokenUrlTemplate } from './custom-auth-flows';

// Nango's own catalogue, from the devDependency (test only; never imported at runtime).
const nangoProvidersYaml = join(dirname(createRequire(import.meta.url).resolve('@nangohq/providers/package.json')), 'providers.yaml');
const { providers: nango } = loadProvidersYaml(nangoProvidersYaml);
const values = { connectionConfig: { installation_id: '38631545' }, trustedNames: new Set(['installation_id']), allowedHosts: null, integrationKey: 'gh' };

describe('the token URLs of app flows', () => {
  it("reads Nango's github-app-oauth ({ OAUTH2, APP }) and github-app (a string) as they are in its catalogue", () => {
    const custom = nango['github-app-oauth'];
    const app = nango['github-app'];
    if (!custom || !app) throw new Error('github-app(-oauth) missing from the catalogue');
    expect(appFlowUrl(custom, 'OAUTH2', values)).toBe('https://github.com/login/oauth/access_token');
    expect(appFlowUrl(custom, 'APP', values)).toBe('https://api.github.com/app/installations/38631545/access_tokens');
    expect(appFlowUrl(app, 'APP', values)).toBe('https://api.github.com/app/installations/38631545/access_tokens');
    expect(tokenUrlTemplate(app, 'OAUTH2')).toBe(app.token_url);
  });

  it('reads the built-in CUSTOM provider, and refuses an installation id that would change the path', () => {
    const custom = builtInProviders('http://api.test')['test-custom'];
    if (!custom) throw new Error('test-custom missing');
    expect(appFlowUrl(custom, 'APP', values)).toBe('http://api.test/_test-provider/app/installations/38631545/access_tokens');
    expect(() => appFlowUrl(custom, 'APP', { ...values, connectionConfig: { installation_id: '..' } })).toThrow(/cannot be/);
    expect(() => appFlowUrl({ ...custom, app_token_url: undefined, token_url: 'http://api.test/t' }, 'APP', values)).toThrow(/no installation token URL/);
  });
});
