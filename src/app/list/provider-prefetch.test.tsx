import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { catalogueProvider } from '../../../test/app/catalogue';
import { seen } from '../../../test/app/api-server';
import { integration, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

// Nango's UI fetches only the chosen provider. The widget fetches one when the user shows interest
// in it (pointer resting on it, keyboard focus, a click), once per session, and speculatively
// only a bounded number of times, so a long list does not multiply the load on the API.

const keys = ['openai', 'anthropic', 'github', 'slack', 'zendesk', 'hubspot', 'notion', 'linear', 'jira', 'asana', 'airtable', 'stripe'];
const integrations = keys.map((key) => integration(key, key, key.toUpperCase()));
useWidgetTestServer({ integrations, providers: Object.fromEntries(keys.map((key) => [key, catalogueProvider(key)])) });

const providerGets = () => seen.filter((request) => request.url.pathname.includes('/providers/')).map((request) => request.url.pathname.split('/').at(-1));
const settle = () => new Promise((done) => setTimeout(done, 700)); // past the idle callback's 500 ms deadline

describe('provider prefetch', () => {
  it('opening the list fetches no provider', async () => {
    renderWidget({ token });
    await screen.findByRole('button', { name: 'OPENAI' });
    await settle();
    expect(providerGets()).toEqual([]);
  });

  it('a row the pointer rests on, or that takes focus, is fetched once, and a click on it fetches nothing more', async () => {
    renderWidget({ token });
    const openai = await screen.findByRole('button', { name: 'OPENAI' });
    fireEvent.pointerEnter(openai);
    await waitFor(() => expect(providerGets()).toEqual(['openai']));
    fireEvent.pointerLeave(openai);
    fireEvent.pointerEnter(openai);
    fireEvent.focus(screen.getByRole('button', { name: 'SLACK' }));
    await waitFor(() => expect(providerGets()).toEqual(['openai', 'slack']));
    fireEvent.click(openai);
    expect(await screen.findByLabelText('API Key')).toBeTruthy();
    expect(providerGets()).toEqual(['openai', 'slack']);
  });

  it('a pointer sweeping across the list fetches nothing it does not rest on', async () => {
    renderWidget({ token });
    await screen.findByRole('button', { name: 'OPENAI' });
    for (const key of keys.slice(0, 6)) {
      const row = screen.getByRole('button', { name: key.toUpperCase() });
      fireEvent.pointerEnter(row);
      fireEvent.pointerLeave(row);
    }
    await settle();
    expect(providerGets()).toEqual([]);
  });

  it('speculative fetches are bounded per session; a choice is always fetched', async () => {
    renderWidget({ token });
    await screen.findByRole('button', { name: 'OPENAI' });
    for (const key of keys) fireEvent.focus(screen.getByRole('button', { name: key.toUpperCase() }));
    await settle();
    expect(providerGets()).toHaveLength(8);
    fireEvent.click(screen.getByRole('button', { name: 'STRIPE' }));
    await waitFor(() => expect(providerGets()).toContain('stripe'));
    expect(providerGets()).toHaveLength(9);
  });
});
