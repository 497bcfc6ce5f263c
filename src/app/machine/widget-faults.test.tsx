import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiURL, seen, server } from '../../../test/app/api-server';
import { catalogueProvider } from '../../../test/app/catalogue';
import { freshToken, integration, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

// Faults a real server cannot easily produce, answered by MSW: what the user sees and what the
// host hears must both be right.

const integrations = [integration('openai', 'openai', 'OpenAI'), integration('anthropic', 'anthropic', 'Anthropic')];
const providers = { openai: catalogueProvider('openai'), anthropic: catalogueProvider('anthropic') };
const postAuth = `${apiURL}/api-auth/api-key/openai`;

useWidgetTestServer({ integrations, providers });

async function openOpenAiAndSubmit(key = 'sk-test') {
  fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
  fireEvent.input(await screen.findByLabelText('API Key'), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
}

const errors = (events: { type: string }[]) => events.filter((event) => event.type === 'error');

describe('API faults', () => {
  it('a 500 while loading: a clear screen, one server_error event, and Try again loads', async () => {
    server.use(http.get(`${apiURL}/connect/session`, () => HttpResponse.json({ error: { code: 'server_error', message: 'Database down' } }, { status: 500 }), { once: true }));
    const widget = renderWidget({ token });
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Database down');
    expect(widget.events).toEqual([{ type: 'error', payload: { errorType: 'server_error', errorMessage: 'Database down', errorCode: 'server_error' } }]);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'OpenAI' })).toBeTruthy();
    // One request per load: the first (sent before the lazy half loaded) took the 500 above; only
    // the retry's own request reaches the happy path. A second copy of either would show here.
    const sessionGets = seen.filter((request) => request.url.pathname.endsWith('/connect/session'));
    expect(sessionGets).toHaveLength(1);
  });

  it('a 502 with an HTML body: a plain-words message, the body only in the details', async () => {
    server.use(http.post(postAuth, () => new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', { status: 502, headers: { 'content-type': 'text/html' } })));
    const widget = renderWidget({ token });
    await openOpenAiAndSubmit();
    expect(await screen.findByRole('heading', { name: 'We couldn’t connect OpenAI' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('The server ran into a problem. Please try again in a moment.');
    const toggle = screen.getByRole('button', { name: 'Show details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('<html><h1>502 Bad Gateway</h1></html>')).toBeTruthy();
    expect(errors(widget.events)).toEqual([{ type: 'error', payload: { errorType: 'server_error', errorMessage: 'The server ran into a problem. Please try again in a moment.' } }]);
  });

  it('malformed JSON and an empty body are server errors, never a false success', async () => {
    server.use(http.post(postAuth, () => new HttpResponse('{"connectionId": "c', { status: 200 }), { once: true }));
    const widget = renderWidget({ token });
    await openOpenAiAndSubmit();
    await screen.findByRole('heading', { name: 'We couldn’t connect OpenAI' });
    server.use(http.post(postAuth, () => new HttpResponse(null, { status: 200 }), { once: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(errors(widget.events)).toHaveLength(2));
    expect(errors(widget.events).map((event) => 'payload' in event && event.payload)).toMatchObject([
      { errorType: 'server_error', errorCode: 'malformed_json' },
      { errorType: 'server_error', errorCode: 'empty_body' },
    ]);
    expect(widget.events.some((event) => event.type === 'connect')).toBe(false);
  });

  it('an error JSON with status 200 (Nango’s TBA) is a failure', async () => {
    server.use(http.post(postAuth, () => HttpResponse.json({ error: { code: 'invalid_credentials', message: 'Token rejected' } })));
    const widget = renderWidget({ token });
    await openOpenAiAndSubmit();
    expect(await screen.findByText('Token rejected')).toBeTruthy();
    expect(errors(widget.events)).toEqual([{ type: 'error', payload: { errorType: 'connection_test_failed', errorMessage: 'Token rejected', errorCode: 'invalid_credentials' } }]);
  });

  it('an error without a message gets a specific sentence, on screen and in the event', async () => {
    server.use(http.post(postAuth, () => HttpResponse.json({ error: { code: 'integration_not_allowed' } }, { status: 400 })));
    const widget = renderWidget({ token });
    await openOpenAiAndSubmit();
    const sentence = 'This integration is not available in this session.';
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(errors(widget.events)).toEqual([{ type: 'error', payload: { errorType: 'invalid_request', errorMessage: sentence, errorCode: 'integration_not_allowed' } }]);
  });

  it('a wrong key: the server’s words, one event, and Try again keeps the value', async () => {
    server.use(http.post(postAuth, () => HttpResponse.json({ error: { code: 'connection_test_failed', message: 'Incorrect API key provided' } }, { status: 400 })));
    const widget = renderWidget({ token });
    await openOpenAiAndSubmit('sk-wrong');
    expect(await screen.findByText('Incorrect API key provided')).toBeTruthy();
    expect(screen.getByText('We couldn’t verify those credentials with OpenAI.')).toBeTruthy();
    expect(errors(widget.events)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(((await screen.findByLabelText('API Key')) as HTMLInputElement).value).toBe('sk-wrong');
  });

  it('a slow submit shows progress after a few seconds; Cancel returns to the filled form, which submits again', async () => {
    server.use(http.post(postAuth, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }, { once: true }));
    const widget = renderWidget({ token, slowAfterMs: 50 });
    await openOpenAiAndSubmit();
    expect(screen.getByRole('button', { name: 'Connecting…' }).getAttribute('aria-disabled')).toBe('true');
    expect(await screen.findByText('This is taking longer than usual…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(((await screen.findByLabelText('API Key')) as HTMLInputElement).value).toBe('sk-test');
    expect(errors(widget.events)).toEqual([]); // the user's choice, not an error to report
    fireEvent.click(await screen.findByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('heading', { name: 'OpenAI is connected' })).toBeTruthy();
  });

  it('a response that never comes times out with a clear message and one timeout event', async () => {
    server.use(http.get(`${apiURL}/integrations`, async () => {
      await delay('infinite');
      return HttpResponse.json({ data: [] });
    }, { once: true }));
    const widget = renderWidget({ token, requestTimeoutMs: 100 });
    expect(await screen.findByText('The server took too long to answer.')).toBeTruthy();
    expect(widget.events).toEqual([{ type: 'error', payload: { errorType: 'timeout', errorMessage: 'The server took too long to answer.' } }]);
  });

  it('a provider definition that fails to load: a failure screen for that integration, one event, and Try again opens the form', async () => {
    let isDown = true;
    server.use(http.get(`${apiURL}/providers/openai`, () => (isDown ? HttpResponse.json({ error: { code: 'server_error', message: 'Catalogue down' } }, { status: 500 }) : undefined)));
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
    expect(await screen.findByRole('heading', { name: 'We couldn’t connect OpenAI' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Catalogue down');
    expect(errors(widget.events)).toMatchObject([{ type: 'error', payload: { errorType: 'server_error', errorMessage: 'Catalogue down' } }]);
    isDown = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('API Key')).toBeTruthy();
  });

  it('Back while a form is still opening stays on the list when the provider arrives late', async () => {
    server.use(http.get(`${apiURL}/providers/openai`, async () => {
      await delay(150);
      return undefined;
    }));
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Back' }));
    await screen.findByRole('searchbox');
    await new Promise((resolve) => setTimeout(resolve, 400)); // the late provider has landed by now
    expect(widget.model.screen.value.name).toBe('list');
    expect(screen.queryByLabelText('API Key')).toBeNull();
  });

  it('a late provider never replaces the form the user opened since', async () => {
    const slow = (ms: number) => async () => {
      await delay(ms);
      return undefined;
    };
    server.use(http.get(`${apiURL}/providers/openai`, slow(150)), http.get(`${apiURL}/providers/anthropic`, slow(300)));
    const widget = renderWidget({ token });
    fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Back' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Anthropic' }));
    await screen.findByLabelText('API Key'); // a form is on screen
    await new Promise((resolve) => setTimeout(resolve, 200)); // both providers have landed by now
    expect(widget.model.screen.value).toMatchObject({ name: 'form', target: { integration: { unique_key: 'anthropic' } } });
  });

  it('the lazy half fails to load (a stale deployment): the list still shows; a choice gets a failure screen, one event, and Try again opens its form', async () => {
    let isDeployed = false;
    const loadConnect = () => (isDeployed ? import('../connect') : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const widget = renderWidget({ token, loadConnect });
    // The list is the first chunk's: it needs nothing of the lazy half, and its failed fetch ahead of need shows nowhere.
    fireEvent.click(await screen.findByRole('button', { name: 'OpenAI' }));
    expect(await screen.findByText('We couldn’t reach the server. Check your connection and try again.')).toBeTruthy();
    expect(widget.events).toMatchObject([{ type: 'error', payload: { errorType: 'network_error' } }]);
    isDeployed = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('API Key')).toBeTruthy();
    expect(widget.events).toHaveLength(1);
  });

  it('offline: a network error says so', async () => {
    server.use(http.get(`${apiURL}/integrations`, () => HttpResponse.error(), { once: true }));
    const widget = renderWidget({ token });
    expect(await screen.findByText('We couldn’t reach the server. Check your connection and try again.')).toBeTruthy();
    expect(widget.events).toMatchObject([{ type: 'error', payload: { errorType: 'network_error' } }]);
  });
});

describe('an expired session', () => {
  it('in the middle of a form: expired screen, one event, and a fresh token resumes with the values', async () => {
    server.use(http.post(postAuth, () => HttpResponse.json({ error: { code: 'unknown_connect_session_token', message: 'No session' } }, { status: 401 }), { once: true }));
    const widget = renderWidget({ token });
    await openOpenAiAndSubmit('sk-kept');
    expect(await screen.findByRole('heading', { name: 'This session has expired' })).toBeTruthy();
    expect(widget.events).toEqual([{ type: 'error', payload: { errorType: 'session_expired', errorMessage: 'No session', errorCode: 'unknown_connect_session_token' } }]);

    widget.model.receiveToken(freshToken);
    const field = (await screen.findByLabelText('API Key')) as HTMLInputElement;
    expect(field.value).toBe('sk-kept');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('heading', { name: 'OpenAI is connected' })).toBeTruthy();
    const posts = seen.filter((request) => request.method === 'POST');
    expect(posts.at(-1)?.url.searchParams.get('connect_session_token')).toBe(freshToken);
  });

  it('while loading: expired screen, and the fresh token loads the list', async () => {
    server.use(http.get(`${apiURL}/connect/session`, () => HttpResponse.json({ error: { code: 'unknown_connect_session_token' } }, { status: 401 }), { once: true }));
    const widget = renderWidget({ token });
    expect(await screen.findByRole('heading', { name: 'This session has expired' })).toBeTruthy();
    expect(widget.events).toMatchObject([{ type: 'error', payload: { errorType: 'session_expired', errorMessage: 'This session has expired.' } }]);
    // The same, expired token again (a host repeating itself) is not a reason to load again.
    const sessionGets = () => seen.filter((request) => request.url.pathname.endsWith('/connect/session')).length;
    const before = sessionGets();
    widget.model.receiveToken(token);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(widget.model.screen.value.name).toBe('expired');
    expect(sessionGets()).toBe(before);
    widget.model.receiveToken(freshToken);
    expect(await screen.findByRole('button', { name: 'OpenAI' })).toBeTruthy();
  });
});
