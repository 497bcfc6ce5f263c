import { fireEvent, screen } from '@testing-library/preact';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiURL, server } from '../../../test/app/api-server';
import { catalogueProvider } from '../../../test/app/catalogue';
import { freshToken, integration, token } from '../../../test/app/fixtures';
import { renderWidget } from '../../../test/app/render-widget';
import { useWidgetTestServer } from '../../../test/app/widget-test-server';

// A host written for Nango's SDK never sends a new token after an `error`: the widget must not
// wait for one for ever, and a malformed token is told apart from an expired one.

const integrations = [integration('openai', 'openai', 'OpenAI'), integration('anthropic', 'anthropic', 'Anthropic')];
useWidgetTestServer({ integrations, providers: { openai: catalogueProvider('openai'), anthropic: catalogueProvider('anthropic') } });

/** The Close button the message offers (the header's ✕ has the same name). */
const closeButtonInBody = () => {
  const buttons = screen.getAllByRole('button', { name: 'Close', exact: true });
  expect(buttons).toHaveLength(2);
  return buttons[1] as HTMLElement;
};

const answer401 = (code: string, message: string) =>
  server.use(http.get(`${apiURL}/connect/session`, () => HttpResponse.json({ error: { code, message } }, { status: 401 }), { once: true }));

describe('a session token the host does not replace', () => {
  it('expired: first "a new one is coming", then, with no new token, what to do and a working Close', async () => {
    answer401('unknown_connect_session_token', 'Authentication failed.');
    const widget = renderWidget({ token, strandedAfterMs: 50 });
    expect(await screen.findByRole('heading', { name: 'This session has expired' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('The application is starting a new one.');
    expect(await screen.findByText('The application did not start a session in time. Close this window and try again.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'This session has expired' })).toBeTruthy();
    fireEvent.click(closeButtonInBody());
    expect(widget.events).toEqual([
      { type: 'error', payload: { errorType: 'session_expired', errorMessage: 'Authentication failed.', errorCode: 'unknown_connect_session_token' } },
      { type: 'close' },
    ]);
  });

  it('expired, then a new token in time: resumes, and the wait ends', async () => {
    answer401('unknown_connect_session_token', 'Authentication failed.');
    const widget = renderWidget({ token, strandedAfterMs: 200 });
    await screen.findByRole('heading', { name: 'This session has expired' });
    widget.model.receiveToken(freshToken);
    expect(await screen.findByRole('button', { name: 'OpenAI' })).toBeTruthy();
    await new Promise((done) => setTimeout(done, 300));
    expect(screen.queryByText(/did not start a session in time/)).toBeNull();
    expect(screen.getByRole('button', { name: 'OpenAI' })).toBeTruthy();
    expect(screen.queryByText(recovered)).toBeNull();
  });

  it('malformed: says the session is not valid (not "expired") at once, with a working Close', async () => {
    answer401('invalid_connect_session_token_format', 'Authentication failed. The provided connect session token is not following correct format');
    const widget = renderWidget({ token: 'not-a-token', strandedAfterMs: 60_000 });
    expect(await screen.findByRole('heading', { name: 'The connection could not start' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'This session has expired' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('The application sent a session that is not valid. Close this window and try again.');
    fireEvent.click(closeButtonInBody());
    expect(widget.events.map((event) => event.type)).toEqual(['error', 'close']);
    expect(widget.events[0]).toMatchObject({ payload: { errorType: 'invalid_session_token', errorCode: 'invalid_connect_session_token_format' } });
  });
});

// After "Close this window and try again" a late token still works: the user is told it did, by a
// polite region that was already in the DOM (one inserted with its text is often not read).
const recovered = 'Connected to the application again.';
const recoveryRegion = () => {
  const regions = [...document.querySelectorAll('[aria-live="polite"]')].filter((region) => !region.closest('.pb-screen'));
  expect(regions).toHaveLength(1);
  return regions[0] as HTMLElement;
};

describe('a late token after the widget said to close it', () => {
  it('no token in time, then one: the list comes back and the recovery is announced', async () => {
    const widget = renderWidget();
    widget.model.tokenTimedOut();
    expect(await screen.findByText('The application did not start a session in time. Close this window and try again.')).toBeTruthy();
    const region = recoveryRegion();
    expect(region.textContent).toBe('');
    widget.model.receiveToken(token);
    expect(await screen.findByRole('button', { name: 'OpenAI' })).toBeTruthy();
    expect(recoveryRegion()).toBe(region);
    expect(region.textContent).toBe(recovered);
  });

  it('expired and told to close, then a new token: resumes and announces it', async () => {
    answer401('unknown_connect_session_token', 'Authentication failed.');
    const widget = renderWidget({ token, strandedAfterMs: 50 });
    expect(await screen.findByText('The application did not start a session in time. Close this window and try again.')).toBeTruthy();
    expect(recoveryRegion().textContent).toBe('');
    widget.model.receiveToken(freshToken);
    expect(await screen.findByRole('button', { name: 'OpenAI' })).toBeTruthy();
    expect(recoveryRegion().textContent).toBe(recovered);
  });
});
