import { describe, expect, it } from 'vitest';
import { apiFailure } from '../api/classify-failure';
import { integration } from '../../../test/app/fixtures';
import type { Screen } from './screen';
import { holdsUserInput, initialScreen, resumePoint, screenAfterFailure, screenAfterLoad, screenOnBack, screenOnRecheck, screenOnToken, screenOnTokenTimeout } from './transition';

const target = { integration: integration('openai'), provider: { auth_mode: 'API_KEY' } };
const expired = apiFailure(401, 'unknown_connect_session_token', '', null);
const serverError = apiFailure(500, null, '', null);

describe('screen transitions', () => {
  it('starts loading with a token, waits when framed, explains when opened directly', () => {
    expect(initialScreen({ hasToken: true, isTopLevel: true })).toEqual({ name: 'loading' });
    expect(initialScreen({ hasToken: false, isTopLevel: false })).toEqual({ name: 'awaitingToken' });
    expect(initialScreen({ hasToken: false, isTopLevel: true })).toEqual({ name: 'noToken' });
  });

  it('opens the only integration directly, else shows the list', () => {
    expect(screenAfterLoad([integration('a')])).toEqual({ name: 'openingForm', integration: integration('a') });
    expect(screenAfterLoad([integration('a'), integration('b')])).toEqual({ name: 'list' });
    expect(screenAfterLoad([])).toEqual({ name: 'list' });
  });

  it('an expired session at any point remembers where the user was', () => {
    expect(screenAfterFailure({ name: 'submitting', target }, expired, 'submit')).toEqual({ name: 'expired', resumeTo: { name: 'form', target }, isMalformed: false, hasWaited: false });
    expect(screenAfterFailure({ name: 'list' }, expired, 'openForm')).toEqual({ name: 'expired', resumeTo: { name: 'list' }, isMalformed: false, hasWaited: false });
    expect(screenAfterFailure({ name: 'loading' }, expired, 'load')).toEqual({ name: 'expired', resumeTo: { name: 'loading' }, isMalformed: false, hasWaited: false });
  });

  it('any other failure is a failure screen that knows its step and integration', () => {
    expect(screenAfterFailure({ name: 'submitting', target }, serverError, 'submit')).toEqual({
      name: 'failure',
      failure: serverError,
      step: 'submit',
      integration: target.integration,
      target,
    });
    expect(screenAfterFailure({ name: 'openingForm', integration: target.integration }, serverError, 'openForm')).toMatchObject({
      step: 'openForm',
      integration: target.integration,
      target: null,
    });
  });

  it('resumes an expired form as the form, an expired expiry where it first was', () => {
    const nested: Screen = { name: 'expired', resumeTo: { name: 'form', target }, isMalformed: false, hasWaited: false };
    expect(resumePoint(nested)).toEqual({ name: 'form', target });
    expect(resumePoint({ name: 'failure', failure: serverError, step: 'submit', integration: target.integration, target })).toEqual({ name: 'form', target });
    expect(resumePoint({ name: 'failure', failure: serverError, step: 'load', integration: null, target: null })).toEqual({ name: 'list' });
    expect(resumePoint({ name: 'openingForm', integration: target.integration })).toEqual({ name: 'openingForm', integration: target.integration });
    expect(resumePoint({ name: 'list' })).toEqual({ name: 'list' });
  });

  it('an unreachable deployment check waits again once back online; a real refusal stays', () => {
    const offline = { ...serverError, errorType: 'network_error' as const };
    expect(screenOnRecheck({ name: 'fatal', failure: offline })).toEqual({ name: 'awaitingToken' });
    expect(screenOnRecheck({ name: 'fatal', failure: { ...serverError, errorType: 'invalid_request', code: 'api_url_not_allowed' } })).toBeNull();
    expect(screenOnRecheck({ name: 'list' })).toBeNull();
  });

  it('a token starts, resumes or is just kept', () => {
    expect(screenOnToken({ name: 'awaitingToken' })).toEqual({ name: 'loading' });
    expect(screenOnToken({ name: 'expired', resumeTo: { name: 'list' }, isMalformed: false, hasWaited: false })).toEqual({ name: 'loading' });
    expect(screenOnToken({ name: 'noToken' })).toEqual({ name: 'loading' });
    // A token does not paper over a fatal failure of another kind.
    expect(screenOnToken({ name: 'fatal', failure: serverError })).toBeNull();
    expect(screenOnToken({ name: 'form', target })).toBeNull();
    const late = screenOnTokenTimeout({ name: 'awaitingToken' });
    expect(late?.failure.errorType).toBe('missing_connect_session_token');
    expect(late && screenOnToken(late)).toEqual({ name: 'loading' });
    expect(screenOnTokenTimeout({ name: 'list' })).toBeNull();
  });

  it('Back leads to the list only when there is one', () => {
    expect(screenOnBack({ name: 'form', target }, true)).toEqual({ name: 'list' });
    expect(screenOnBack({ name: 'form', target }, false)).toBeNull();
    expect(screenOnBack({ name: 'openingForm', integration: target.integration }, true)).toEqual({ name: 'list' });
    expect(screenOnBack({ name: 'failure', failure: serverError, step: 'openForm', integration: target.integration, target: null }, true)).toEqual({ name: 'list' });
    expect(screenOnBack({ name: 'list' }, true)).toBeNull();
    expect(screenOnBack({ name: 'success', target, result: { providerConfigKey: 'a', connectionId: 'b' } }, true)).toBeNull();
  });

  it('knows which screens hold what the user typed', () => {
    expect(holdsUserInput({ name: 'form', target })).toBe(true);
    expect(holdsUserInput({ name: 'submitting', target })).toBe(true);
    expect(holdsUserInput({ name: 'failure', failure: serverError, step: 'submit', integration: target.integration, target })).toBe(true);
    expect(holdsUserInput({ name: 'failure', failure: serverError, step: 'openForm', integration: target.integration, target: null })).toBe(false);
    expect(holdsUserInput({ name: 'list' })).toBe(false);
  });
});
