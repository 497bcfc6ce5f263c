import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { happyPath, isBeacon, seen, server } from '../../../test/app/api-server';
import { catalogueProvider } from '../../../test/app/catalogue';
import { freshToken, integration, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

const integrations = [integration('openai', 'openai', 'OpenAI'), integration('jira', 'jira-basic', 'Jira'), integration('anthropic', 'anthropic', 'Anthropic')];
const providers = { openai: catalogueProvider('openai'), 'jira-basic': catalogueProvider('jira-basic'), anthropic: catalogueProvider('anthropic') };

useWidgetTestServer({ integrations, providers });

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the connect flow', () => {
  it('shows the loader at once, then the list, with session and integrations fetched together', async () => {
    renderWidget({ token });
    expect(screen.getByRole('status', { name: 'Loading' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'OpenAI' })).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Connect an account' })).toBeTruthy();
    const first = seen.slice(0, 2).map((request) => request.url.pathname).sort();
    expect(first).toEqual(['/prefix/connect/session', '/prefix/integrations']);
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(seen[0]?.headers.get('accept-language')).toBe('fr-FR');
  });

  it('a token arriving mid-form (the host repeating it, or refreshing it) keeps the user where they are', async () => {
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
    await screen.findByLabelText('API Key');
    type('API Key', 'sk-typed');
    const sessionGets = () => seen.filter((request) => request.url.pathname.endsWith('/connect/session')).length;
    widget.model.receiveToken(token);
    widget.model.receiveToken(freshToken);
    await new Promise((resolve) => setTimeout(resolve, 100)); // a reload would have started by now
    expect(widget.model.screen.value.name).toBe('form');
    expect((screen.getByLabelText('API Key') as HTMLInputElement).value).toBe('sk-typed');
    expect(sessionGets()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('heading', { name: 'OpenAI is connected' });
    expect(seen.at(-1)?.url.searchParams.get('connect_session_token')).toBe(freshToken); // kept for the next request
  });

  it('filters the list as the user types, on name and provider key', async () => {
    renderWidget({ token });
    const search = await screen.findByRole('searchbox', { name: 'Search integrations' });
    fireEvent.input(search, { target: { value: 'jira-b' } });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Jira']);
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(screen.getByText('No integration matches “zzz”.')).toBeTruthy();
  });

  it('moves between rows with the arrow keys', async () => {
    renderWidget({ token });
    const search = await screen.findByRole('searchbox');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'OpenAI' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Jira' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Anthropic' }));
  });

  it('connects: form from the provider, validation as you type, the right request, success and one connect event', async () => {
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'Jira' }));
    const domain = await screen.findByLabelText('Jira Domain');
    expect(screen.getByRole('heading', { name: 'Connect Jira' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(domain)); // in the frame that shows the form
    type('Jira Domain', 'Not Valid');
    const error = screen.getByText('This doesn’t look like a valid Jira Domain.');
    expect(domain.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(domain.getAttribute('aria-invalid')).toBe('true');
    type('Jira Domain', 'acme');
    type('Email Address', 'ada@example.com');
    type('API Key', 'secret & key');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));

    expect(await screen.findByRole('heading', { name: 'Jira is connected' })).toBeTruthy();
    expect(widget.events).toEqual([{ type: 'connect', payload: { providerConfigKey: 'jira', connectionId: 'conn-1' } }]);
    const post = seen.find((request) => request.method === 'POST' && !isBeacon(request));
    expect(post?.url.pathname).toBe('/prefix/api-auth/basic/jira');
    expect(post?.url.search).toBe(`?connect_session_token=${token}&params[subdomain]=acme`);
    expect(post?.body).toEqual({ username: 'ada@example.com', password: 'secret & key' });
    expect(post?.headers.get('authorization')).toBeNull();
  });

  it('refuses to submit an invalid form and shows each field’s message', async () => {
    renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'Jira' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Connect' }));
    expect(screen.getAllByText('This field is required.')).toHaveLength(3);
    // Announced once for the form, not once per field.
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect([...document.querySelectorAll('[aria-live]')].map((region) => region.textContent).filter(Boolean)).toEqual(['Check what you entered and try again.']);
    expect(seen.some((request) => request.method === 'POST' && !isBeacon(request))).toBe(false);
    expect(document.activeElement).toBe(screen.getByLabelText('Jira Domain'));
  });

  it('goes back to the list, and asks before throwing typed values away', async () => {
    renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
    await screen.findByLabelText('API Key');
    type('API Key', 'sk-half');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Leave this form?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Stay' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('searchbox')).toBeTruthy();
  });

  it('shows hostile data as text and drops unsafe URLs', async () => {
    const hostile = { ...integration('evil', 'openai', '<img src=x onerror=alert(1)>'), logo: 'javascript:alert(1)' };
    server.use(...happyPath({ integrations: [hostile, ...integrations], providers: { openai: { ...providers.openai, docs_connect: 'javascript:alert(2)' } } }));
    renderWidget({ token });
    const row = await screen.findByRole('button', { name: '<img src=x onerror=alert(1)>' });
    expect(row.querySelector('img')).toBeNull();
    fireEvent.click(row);
    await screen.findByRole('button', { name: 'Connect' });
    expect(screen.getByRole('heading', { name: 'Connect <img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
