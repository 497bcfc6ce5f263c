import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { happyPath, seen, server } from '../../../test/app/api-server';
import { catalogueProvider } from '../../../test/app/catalogue';
import { integration, session, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

const openai = catalogueProvider('openai');

useWidgetTestServer();

describe('before the token', () => {
  it('shows an announced loader and waits', () => {
    renderWidget();
    expect(screen.getByRole('status', { name: 'Loading' })).toBeTruthy();
    expect(screen.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
  });

  it('says so after the grace period, tells the host once, and still accepts a late token', async () => {
    server.use(...happyPath({ integrations: [integration('a'), integration('b')], providers: {} }));
    const widget = renderWidget();
    widget.model.tokenTimedOut();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The connection could not start' })).toBeTruthy();
    widget.model.tokenTimedOut();
    expect(widget.events).toEqual([
      { type: 'error', payload: { errorType: 'missing_connect_session_token', errorMessage: 'The application did not start a session.' } },
    ]);
    widget.model.receiveToken(token);
    expect(await screen.findByRole('searchbox')).toBeTruthy();
  });

  it('closes on Escape with nothing to lose', () => {
    const widget = renderWidget();
    widget.model.escape();
    expect(widget.events).toEqual([{ type: 'close' }]);
  });
});

describe('sessions', () => {
  it('opens the only integration’s form directly, without a Back button, and reports a reconnect', async () => {
    server.use(...happyPath({ session: session({ isReconnecting: true }), integrations: [integration('openai', 'openai', 'OpenAI')], providers: { openai } }));
    const widget = renderWidget({ token });
    fireEvent.input(await screen.findByLabelText('API Key'), { target: { value: 'sk-1' } });
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('heading', { name: 'OpenAI is connected' });
    expect(widget.events).toEqual([{ type: 'connect', payload: { providerConfigKey: 'openai', connectionId: 'conn-1', isReconnect: true } }]);
  });

  it('applies the session’s theme settings', async () => {
    server.use(...happyPath({ integrations: [integration('a'), integration('b')], providers: {} }));
    const widget = renderWidget({ token });
    await screen.findByRole('searchbox');
    expect(widget.settings).toEqual([session().connectUISettings]);
  });

  it('only shows the session’s allowed integrations', async () => {
    server.use(...happyPath({ session: session({ allowed_integrations: ['b', 'c'] }), integrations: [integration('a'), integration('b'), integration('c')], providers: {} }));
    renderWidget({ token });
    await screen.findByRole('searchbox');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['b', 'c']);
  });

  it('an empty session says what to do and offers Close', async () => {
    server.use(...happyPath({ integrations: [], providers: {} }));
    const widget = renderWidget({ token });
    expect(await screen.findByRole('heading', { name: 'Nothing to connect yet' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Close' })[1] as HTMLElement);
    expect(widget.events).toEqual([{ type: 'close' }]);
  });

  it('stays responsive with 5,000 integrations: a window of rows rendered, each counted out of all, search over all', async () => {
    const many = Array.from({ length: 5000 }, (_, index) => integration(`svc-${index}`, 'openai', `Service ${index}`));
    server.use(...happyPath({ integrations: many, providers: { openai } }));
    renderWidget({ token });
    const search = await screen.findByRole('searchbox');
    await waitFor(() => expect(document.activeElement).toBe(search)); // in the frame that shows the list
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeLessThan(100);
    expect([rows[0]?.getAttribute('aria-posinset'), rows[0]?.getAttribute('aria-setsize')]).toEqual(['1', '5000']);
    fireEvent.input(search, { target: { value: 'service 4999' } });
    const found = screen.getAllByRole('listitem');
    expect(found.map((item) => item.textContent)).toEqual(['Service 4999']);
    expect([found[0]?.getAttribute('aria-posinset'), found[0]?.getAttribute('aria-setsize')]).toEqual(['1', '1']);
  }, 30_000);

  it('falls back to a letter tile when a logo fails to load', async () => {
    server.use(...happyPath({ integrations: [integration('a', 'a', 'Acme'), integration('b', 'b', 'Beta')], providers: {} }));
    renderWidget({ token });
    const row = await screen.findByRole('button', { name: 'Acme' });
    fireEvent.error(row.querySelector('img') as HTMLImageElement);
    await waitFor(() => expect(row.querySelector('img')).toBeNull());
    expect(within(row).getByText('A')).toBeTruthy();
  });
});

describe('the dialog', () => {
  it('keeps Tab inside and moves focus to each new screen', async () => {
    server.use(...happyPath({ integrations: [integration('openai', 'openai', 'OpenAI'), integration('b')], providers: { openai } }));
    renderWidget({ token });
    const row = await screen.findByRole('button', { name: 'OpenAI' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Connect an account' })));
    const close = screen.getByRole('button', { name: 'Close' });
    close.focus();
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    fireEvent.click(row);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('API Key')));
  });

  it('Escape on a filled form asks first; Escape again answers “stay”', async () => {
    server.use(...happyPath({ integrations: [integration('openai', 'openai', 'OpenAI')], providers: { openai } }));
    const widget = renderWidget({ token });
    fireEvent.input(await screen.findByLabelText('API Key'), { target: { value: 'sk-half' } });
    widget.model.escape();
    expect(await screen.findByRole('alertdialog', { name: 'Leave this form?' })).toBeTruthy();
    widget.model.escape();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(widget.events).toEqual([]);
    widget.model.escape();
    fireEvent.click(await screen.findByRole('button', { name: 'Leave' }));
    expect(widget.events).toEqual([{ type: 'close' }]);
  });

  it('in preview mode neither closes nor submits', async () => {
    server.use(...happyPath({ integrations: [integration('openai', 'openai', 'OpenAI')], providers: { openai } }));
    const widget = renderWidget({ token, query: '&preview=true&embedded=true' });
    fireEvent.input(await screen.findByLabelText('API Key'), { target: { value: 'sk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    widget.model.escape();
    widget.model.requestClose();
    // A submit would reach the API and re-render within a few ticks: let it have them.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Beacons of the tests before may still be leaving (they wait for the list's paint); the
    // preview sends none of its own (telemetry.test.tsx).
    expect(seen.some((request) => request.method === 'POST' && !request.url.pathname.endsWith('/connect/telemetry'))).toBe(false);
    expect(widget.events).toEqual([]);
  });
});
