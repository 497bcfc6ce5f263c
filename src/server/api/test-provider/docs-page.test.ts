import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../providers/built-in-providers';
import { createTestProviderApp } from './test-provider-app';

const provider = createTestProviderApp({ findClient: () => undefined, redirectUri: 'http://api.test/oauth/callback' });
const page = async (name: string) => {
  const res = await provider.request(`/docs/${name}`);
  return { status: res.status, text: await res.text() };
};

describe('the built-in providers’ docs pages', () => {
  it('describe OAuth2 as a consent page with Allow and Deny, and list no field it does not have', async () => {
    const { status, text } = await page('test-oauth2');
    expect(status).toBe(200);
    expect(text).toContain('Test OAuth2');
    expect(text).toMatch(/Allow/);
    expect(text).toMatch(/Deny/);
    expect(text).not.toMatch(/API key|Region|Email address/i);
  });

  it('list exactly the fields of each provider, with an anchor for each doc_section', async () => {
    for (const [name, definition] of Object.entries(builtInProviders('http://x'))) {
      const { text } = await page(name);
      expect.soft(text, name).toContain(definition.display_name);
      for (const group of ['credentials', 'connection_config'] as const) {
        for (const field of Object.values(definition[group] ?? {})) {
          if (field.hidden) continue;
          expect.soft(text, `${name}: ${field.title}`).toContain(field.title);
          if (field.doc_section) expect.soft(text, `${name}: ${field.doc_section}`).toContain(`id="${field.doc_section.slice(1)}"`);
        }
      }
    }
  });

  it('say API key providers take a key and nothing about OAuth consent', async () => {
    const { text } = await page('test-api-key');
    expect(text).toContain('API Key');
    expect(text).toContain('Region');
    expect(text).not.toMatch(/Deny/);
  });

  it('answer 404 for a provider that is not built in', async () => {
    expect((await page('github')).status).toBe(404);
  });
});
