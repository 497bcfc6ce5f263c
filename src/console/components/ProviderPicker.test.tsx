import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdminProvider as Provider } from '../../contract';
import { createCatalogueModel } from '../models/catalogue-model';
import { ok, provider } from '../test/results';
import { ProviderPicker } from './ProviderPicker';

afterEach(cleanup);

async function picker(providers: Provider[]) {
  const catalogue = createCatalogueModel({ listProviders: () => ok(providers) });
  await catalogue.load();
  render(<ProviderPicker catalogue={catalogue} onPick={vi.fn()} />);
  fireEvent.input(screen.getByLabelText('Search APIs'), { target: { value: 'github' } });
  return screen.findByText('No API matches this search.');
}

describe('Choose an API', () => {
  it('says, where a search finds nothing among the test providers only, exactly how to load the real catalogue', async () => {
    const empty = await picker([provider('test-oauth2', 'OAUTH2'), provider('test-api-key', 'API_KEY')]);
    const hint = empty.parentElement?.textContent ?? '';
    expect(hint).toContain('Only the built-in test providers are loaded');
    expect(hint).toContain('npm run start:nango-catalogue');
    expect(hint).toContain('PLUGBOARD_PROVIDERS_YAML=/absolute/path/to/providers.yaml npm start');
    expect(hint).toContain('providers_yaml');
  });

  it('says nothing about loading a catalogue once a real one is loaded', async () => {
    const empty = await picker([provider('test-oauth2', 'OAUTH2'), provider('stripe', 'API_KEY')]);
    expect(empty.parentElement?.textContent ?? '').not.toContain('PLUGBOARD_PROVIDERS_YAML');
  });
});
