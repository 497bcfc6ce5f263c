import { describe, expect, it } from 'vitest';
import { apiFailure } from '../../client/http';
import { integration } from '../../../test/app/fixtures';
import type { Screen } from './screen';
import { connectTransition as transition, holdsUserInput, resumePoint } from './connect-transition';
import { initialScreen, type MachineEvent } from './transition';

const target = { integration: integration('openai'), provider: { auth_mode: 'API_KEY' } };
const expired = apiFailure(401, 'unknown_connect_session_token', '', null);
const serverError = apiFailure(500, null, '', null);
const failed = (failure = serverError, step: 'load' | 'openForm' | 'submit' = 'submit', from?: Screen): MachineEvent => ({ type: 'failed', failure, step, from });
const cancelled = { ...serverError, isCancelled: true };

// `connectTransition` is the machine's whole decision once the lazy half is there (it defers the
// first screen's events to `transition`).
describe('the machine’s transitions', () => {
  it('starts loading with a token, waits when framed, explains when opened directly', () => {
    expect(initialScreen({ hasToken: true, isTopLevel: true })).toEqual({ name: 'loading' });
    expect(initialScreen({ hasToken: false, isTopLevel: false })).toEqual({ name: 'awaitingToken' });
    expect(initialScreen({ hasToken: false, isTopLevel: true })).toEqual({ name: 'noToken' });
  });

  it('opens the only integration directly once loaded, else shows the list', () => {
    const loaded = (integrations: ReturnType<typeof integration>[], resumeTo: Screen | null = null): MachineEvent => ({ type: 'loaded', integrations, resumeTo });
    expect(transition({ name: 'loading' }, loaded([integration('a')]))).toEqual({ name: 'openingForm', integration: integration('a') });
    expect(transition({ name: 'loading' }, loaded([integration('a'), integration('b')]))).toEqual({ name: 'list' });
    expect(transition({ name: 'loading' }, loaded([]))).toEqual({ name: 'list' });
    // Back where an expired session left the user, if that integration is still there.
    expect(transition({ name: 'loading' }, loaded([integration('a'), integration('openai')], { name: 'form', target }))).toEqual({ name: 'openingForm', integration: integration('openai') });
    expect(transition({ name: 'loading' }, loaded([integration('a'), integration('b')], { name: 'form', target }))).toEqual({ name: 'list' });
  });

  it('an expired session at any point remembers where the user was', () => {
    expect(transition({ name: 'submitting', target }, failed(expired))).toEqual({ name: 'expired', resumeTo: { name: 'form', target }, isMalformed: false, hasWaited: false });
    expect(transition({ name: 'oauth', target, phase: 'waiting' }, failed(expired))).toEqual({ name: 'expired', resumeTo: { name: 'form', target }, isMalformed: false, hasWaited: false });
    expect(transition({ name: 'list' }, failed(expired, 'openForm'))).toEqual({ name: 'expired', resumeTo: { name: 'list' }, isMalformed: false, hasWaited: false });
    expect(transition({ name: 'loading' }, failed(expired, 'load'))).toEqual({ name: 'expired', resumeTo: { name: 'loading' }, isMalformed: false, hasWaited: false });
  });

  it('any other failure is a failure screen that knows its step and integration', () => {
    expect(transition({ name: 'submitting', target }, failed())).toEqual({ name: 'failure', failure: serverError, step: 'submit', integration: target.integration, target });
    expect(transition({ name: 'openingForm', integration: target.integration }, failed(serverError, 'openForm'))).toMatchObject({ step: 'openForm', integration: target.integration, target: null });
    // A load that resumed a form fails about that form.
    expect(transition({ name: 'loading' }, failed(serverError, 'load', { name: 'form', target }))).toMatchObject({ step: 'load', integration: target.integration });
  });

  it('a cancelled submit or sign-in goes back to the filled form', () => {
    expect(transition({ name: 'submitting', target }, failed(cancelled))).toEqual({ name: 'form', target });
    expect(transition({ name: 'oauth', target, phase: 'blocked' }, failed(cancelled))).toEqual({ name: 'form', target });
  });

  it('resumes an expired form as the form, an expired expiry where it first was', () => {
    const nested: Screen = { name: 'expired', resumeTo: { name: 'form', target }, isMalformed: false, hasWaited: false };
    expect(resumePoint(nested)).toEqual({ name: 'form', target });
    expect(resumePoint({ name: 'failure', failure: serverError, step: 'submit', integration: target.integration, target })).toEqual({ name: 'form', target });
    expect(resumePoint({ name: 'failure', failure: serverError, step: 'load', integration: null, target: null })).toEqual({ name: 'list' });
    expect(resumePoint({ name: 'openingForm', integration: target.integration })).toEqual({ name: 'openingForm', integration: target.integration });
    expect(resumePoint({ name: 'list' })).toEqual({ name: 'list' });
  });

  it('an unreachable deployment check goes back to the first screen (a connect link: loading) to check again; a real refusal stays', () => {
    const offline = { ...serverError, errorType: 'network_error' as const };
    expect(transition({ name: 'fatal', failure: offline }, { type: 'recheck', first: { name: 'awaitingToken' } })).toEqual({ name: 'awaitingToken' });
    expect(transition({ name: 'fatal', failure: offline }, { type: 'recheck', first: { name: 'loading' } })).toEqual({ name: 'loading' });
    expect(transition({ name: 'fatal', failure: { ...serverError, errorType: 'invalid_request', code: 'api_url_not_allowed' } }, { type: 'recheck', first: { name: 'loading' } })).toBeNull();
    expect(transition({ name: 'list' }, { type: 'recheck', first: { name: 'loading' } })).toBeNull();
  });

  it('a refusal that repeats the one on screen changes nothing (no second error for the host); another one replaces it', () => {
    const offline = { ...serverError, errorType: 'network_error' as const };
    const notAllowed = { ...serverError, errorType: 'invalid_request' as const, code: 'api_url_not_allowed' };
    expect(transition({ name: 'awaitingToken' }, { type: 'refused', failure: offline })).toEqual({ name: 'fatal', failure: offline });
    expect(transition({ name: 'fatal', failure: offline }, { type: 'refused', failure: offline })).toBeNull();
    expect(transition({ name: 'fatal', failure: offline }, { type: 'refused', failure: notAllowed })).toEqual({ name: 'fatal', failure: notAllowed });
  });

  it('a token starts, resumes or is just kept; the same token again only wakes a waiting widget', () => {
    const token: MachineEvent = { type: 'token', isNew: true };
    expect(transition({ name: 'awaitingToken' }, token)).toEqual({ name: 'loading' });
    expect(transition({ name: 'awaitingToken' }, { type: 'token', isNew: false })).toEqual({ name: 'loading' });
    expect(transition({ name: 'expired', resumeTo: { name: 'list' }, isMalformed: false, hasWaited: false }, token)).toEqual({ name: 'loading' });
    expect(transition({ name: 'expired', resumeTo: { name: 'list' }, isMalformed: false, hasWaited: false }, { type: 'token', isNew: false })).toBeNull();
    expect(transition({ name: 'noToken' }, token)).toEqual({ name: 'loading' });
    // A token does not paper over a fatal failure of another kind.
    expect(transition({ name: 'fatal', failure: serverError }, token)).toBeNull();
    expect(transition({ name: 'form', target }, token)).toBeNull();
    const late = transition({ name: 'awaitingToken' }, { type: 'tokenTimeout' });
    expect(late).toMatchObject({ name: 'fatal', failure: { errorType: 'missing_connect_session_token' } });
    expect(late && transition(late, token)).toEqual({ name: 'loading' });
    expect(transition({ name: 'list' }, { type: 'tokenTimeout' })).toBeNull();
  });

  it('Back leads to the list only when there is one', () => {
    const back = (hasList: boolean): MachineEvent => ({ type: 'back', hasList });
    expect(transition({ name: 'form', target }, back(true))).toEqual({ name: 'list' });
    expect(transition({ name: 'form', target }, back(false))).toBeNull();
    expect(transition({ name: 'openingForm', integration: target.integration }, back(true))).toEqual({ name: 'list' });
    expect(transition({ name: 'failure', failure: serverError, step: 'openForm', integration: target.integration, target: null }, back(true))).toEqual({ name: 'list' });
    expect(transition({ name: 'list' }, back(true))).toBeNull();
    expect(transition({ name: 'success', target, result: { providerConfigKey: 'a', connectionId: 'b' } }, back(true))).toBeNull();
  });

  it('Try again redoes the failed step', () => {
    expect(transition({ name: 'failure', failure: serverError, step: 'load', integration: null, target: null }, { type: 'retry' })).toEqual({ name: 'loading' });
    expect(transition({ name: 'failure', failure: serverError, step: 'openForm', integration: target.integration, target: null }, { type: 'retry' })).toEqual({ name: 'openingForm', integration: target.integration });
    expect(transition({ name: 'failure', failure: serverError, step: 'submit', integration: target.integration, target }, { type: 'retry' })).toEqual({ name: 'form', target });
    expect(transition({ name: 'list' }, { type: 'retry' })).toBeNull();
  });

  it('an OAuth sign-in moves through its phases only while it runs', () => {
    const oauth = (phase: 'opening' | 'waiting' | 'slow' | 'blocked' | 'closed'): Screen => ({ name: 'oauth', target, phase });
    expect(transition({ name: 'form', target }, { type: 'submit', isInAppBrowser: false })).toEqual({ name: 'submitting', target });
    expect(transition({ name: 'submitting', target }, { type: 'oauthStarted', phase: 'opening' })).toEqual(oauth('opening'));
    expect(transition({ name: 'submitting', target }, { type: 'popupBlocked' })).toEqual(oauth('blocked'));
    expect(transition(oauth('opening'), { type: 'oauthNavigated' })).toEqual(oauth('waiting'));
    expect(transition(oauth('closed'), { type: 'oauthNavigated' })).toBeNull();
    expect(transition(oauth('waiting'), { type: 'oauthSlow' })).toEqual(oauth('slow'));
    expect(transition(oauth('blocked'), { type: 'oauthSlow' })).toBeNull();
    expect(transition(oauth('waiting'), { type: 'popupClosed', isReported: true })).toEqual(oauth('closed'));
    expect(transition(oauth('waiting'), { type: 'popupClosed', isReported: false })).toEqual(oauth('slow'));
    expect(transition({ name: 'form', target }, { type: 'popupClosed', isReported: true })).toBeNull();
    const result = { providerConfigKey: 'openai', connectionId: 'c' };
    expect(transition(oauth('closed'), { type: 'submitted', result })).toEqual({ name: 'success', target, result });
    expect(transition({ name: 'list' }, { type: 'submitted', result })).toBeNull();
  });

  it('in an app’s web view an OAuth submit explains first; Try here anyway then submits', () => {
    const oauth = { integration: integration('github'), provider: { auth_mode: 'OAUTH2' } };
    expect(transition({ name: 'form', target: oauth }, { type: 'submit', isInAppBrowser: true })).toEqual({ name: 'inAppBrowser', target: oauth });
    expect(transition({ name: 'form', target: oauth }, { type: 'submit', isInAppBrowser: false })).toEqual({ name: 'submitting', target: oauth });
    // An API key works in a web view: no explanation.
    expect(transition({ name: 'form', target }, { type: 'submit', isInAppBrowser: true })).toEqual({ name: 'submitting', target });
    expect(transition({ name: 'inAppBrowser', target: oauth }, { type: 'continueHere' })).toEqual({ name: 'submitting', target: oauth });
    expect(transition({ name: 'form', target: oauth }, { type: 'continueHere' })).toBeNull();
  });

  it('continues on another device from an OAuth form, a sign-in and the explanation; back is the form; the other device’s connection is a success once', () => {
    const oauth = { integration: integration('github'), provider: { auth_mode: 'OAUTH2' } };
    for (const from of [{ name: 'form', target: oauth }, { name: 'submitting', target: oauth }, { name: 'oauth', target: oauth, phase: 'blocked' }, { name: 'inAppBrowser', target: oauth }] as Screen[]) {
      expect(transition(from, { type: 'handoff' })).toEqual({ name: 'handoff', target: oauth });
    }
    expect(transition({ name: 'form', target }, { type: 'handoff' })).toBeNull();
    expect(transition({ name: 'handoff', target: oauth }, { type: 'handoffBack' })).toEqual({ name: 'form', target: oauth });
    expect(transition({ name: 'inAppBrowser', target: oauth }, { type: 'handoffBack' })).toEqual({ name: 'form', target: oauth });
    const result = { providerConfigKey: 'github-2', connectionId: 'c1' };
    const other = integration('github-2');
    expect(transition({ name: 'handoff', target: oauth }, { type: 'handoffConnected', integration: other, result })).toEqual({ name: 'success', target: { integration: other, provider: oauth.provider }, result });
    expect(transition({ name: 'form', target: oauth }, { type: 'handoffConnected', integration: other, result })).toBeNull();
  });

  it('an expired session waits once for a new token, a malformed one does not', () => {
    const waiting: Screen = { name: 'expired', resumeTo: { name: 'list' }, isMalformed: false, hasWaited: false };
    expect(transition(waiting, { type: 'expiredWaited' })).toEqual({ ...waiting, hasWaited: true });
    expect(transition({ ...waiting, isMalformed: true }, { type: 'expiredWaited' })).toBeNull();
  });

  it('knows which screens hold what the user typed', () => {
    expect(holdsUserInput({ name: 'form', target })).toBe(true);
    expect(holdsUserInput({ name: 'submitting', target })).toBe(true);
    expect(holdsUserInput({ name: 'oauth', target, phase: 'waiting' })).toBe(true);
    expect(holdsUserInput({ name: 'failure', failure: serverError, step: 'submit', integration: target.integration, target })).toBe(true);
    expect(holdsUserInput({ name: 'failure', failure: serverError, step: 'openForm', integration: target.integration, target: null })).toBe(false);
    expect(holdsUserInput({ name: 'list' })).toBe(false);
  });
});
