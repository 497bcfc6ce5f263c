import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { WidgetMessage } from '../../protocol/types';
import { catalogueProvider } from '../../../test/app/catalogue';
import { integration, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

// Step events to the host page: only with `?events=all` (the SDK's `events: 'all'`), the beacons'
// vocabulary plus a `search` count; never a typed value or the query.

const integrations = [integration('openai', 'openai', 'OpenAI'), integration('anthropic', 'anthropic', 'Anthropic')];
useWidgetTestServer({ integrations, providers: { openai: catalogueProvider('openai'), anthropic: catalogueProvider('anthropic') } });

const typedKey = 'sk-typed-secret-8080';
const query = 'OPEN  ai'; // matches OpenAI only, and appears nowhere else verbatim
const steps = (events: WidgetMessage[]) =>
  events.map((event) => (event.type === 'step' ? [event.payload.name, event.payload.integration ?? event.payload.resultCount].filter((part) => part !== undefined).join(' ') : event.type));

async function searchAndConnect(events: WidgetMessage[]) {
  fireEvent.input(await screen.findByRole('searchbox'), { target: { value: query } });
  await waitFor(() => expect(steps(events)).toContain('search 1'));
  fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
  fireEvent.input(await screen.findByLabelText('API Key'), { target: { value: typedKey } });
  fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
}

describe('step events', () => {
  it('with events=all: one per step, in order, with the integration, and the search count without the query', async () => {
    const widget = renderWidget({ token, query: '&events=all' });
    await searchAndConnect(widget.events);
    await waitFor(() => expect(widget.events.at(-1)?.type).toBe('close'));
    expect(steps(widget.events)).toEqual([
      'open',
      'view:list',
      'search 1',
      'click:integration openai',
      'view:integration openai',
      'click:connect openai',
      'view:success openai',
      'connect',
      'click:finish openai',
      'close',
    ]);
    const wire = JSON.stringify(widget.events);
    expect(wire).not.toContain(typedKey);
    expect(wire).not.toContain(query);
    expect(widget.events.filter((event) => event.type === 'step' && event.payload.name === 'search')).toEqual([{ type: 'step', payload: { name: 'search', resultCount: 1 } }]);
  });

  it('a search typed before the lazy half arrived still comes after its `open` and `view:list`', async () => {
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const widget = renderWidget({ token, query: '&events=all', loadConnect: () => arrived.then(() => import('../connect')) });
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: query } });
    await new Promise((resolve) => setTimeout(resolve, 500)); // past the search's settle time
    expect(steps(widget.events)).toEqual([]);
    arrive();
    await waitFor(() => expect(steps(widget.events)).toEqual(['open', 'view:list', 'search 1']));
  });

  it('still come with telemetry=false (beacons off): they go to the host page, not to the API', async () => {
    const widget = renderWidget({ token, query: '&events=all&telemetry=false' });
    await screen.findByRole('button', { name: 'OpenAI' });
    await waitFor(() => expect(steps(widget.events)).toEqual(['open', 'view:list']));
  });

  it('without events=all the host receives exactly today’s events', async () => {
    const widget = renderWidget({ token });
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: query } });
    fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
    fireEvent.input(await screen.findByLabelText('API Key'), { target: { value: typedKey } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(widget.events.map((event) => event.type)).toEqual(['connect', 'close']));
    await new Promise((resolve) => setTimeout(resolve, 500)); // past the search's settle time
    expect(widget.events.map((event) => event.type)).toEqual(['connect', 'close']);
  });
});
