import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiFailure } from '../../client/failure';
import { resultFromSocket } from '../../client/oauth/socket';
import { FailureScreen } from './FailureScreen';

afterEach(cleanup);

function show(failure: ApiFailure) {
  const onRetry = vi.fn();
  render(<FailureScreen failure={failure} isAboutInput name="My OAuth app" onRetry={onRetry} onBack={null} onClose={null} />);
  return onRetry;
}

const failureOf = (result: ReturnType<typeof resultFromSocket>): ApiFailure => {
  if (result.ok) throw new Error('expected a failure');
  return result.failure;
};

// What the callback page sends after Deny: this API's sentence, or Nango's JSON of the provider's query.
const deniedHere: ApiFailure = {
  errorType: 'connection_validation_failed',
  code: 'callback_err',
  message: 'Access was denied at the provider: The user denied the authorization request',
  status: null,
  detail: 'Access was denied at the provider: The user denied the authorization request',
};
const deniedNango: ApiFailure = {
  errorType: 'connection_validation_failed',
  code: 'connection_validation_failed',
  message: 'The user denied access',
  status: null,
  detail: '{"error":"access_denied","error_description":"The user denied access"}',
};

describe('FailureScreen after an OAuth sign-in', () => {
  it.each([
    ['this API’s callback page', deniedHere],
    ['Nango’s callback page', deniedNango],
    ['the WebSocket', failureOf(resultFromSocket({ message_type: 'error', error_type: 'callback_err', error_desc: 'Access was denied at the provider.' }, 'demo'))],
  ])('a Deny at the provider (%s) says the user declined, not that they entered something wrong', (_from, failure) => {
    const onRetry = show(failure);
    expect(screen.getByRole('alert').textContent).toContain('You declined access at My OAuth app.');
    expect(screen.queryByText(/refused the connection/)).toBeNull();
    expect(screen.queryByText(/Check what you entered/)).toBeNull();
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('another failure on the way back from the provider says to try again, not to check the input', () => {
    show(failureOf(resultFromSocket({ message_type: 'error', error_type: 'token_err', error_desc: 'The token request failed.' }, 'demo')));
    expect(screen.getByRole('alert').textContent).toContain('My OAuth app refused the connection.');
    expect(screen.queryByText(/Check what you entered/)).toBeNull();
    expect(screen.getByText('Try again. If it keeps happening, contact the application’s support.')).toBeTruthy();
  });

  it('a refused form submit still asks to check the input', () => {
    show({ errorType: 'connection_validation_failed', code: 'connection_validation_failed', message: 'Access denied: the API key is wrong.', status: 400, detail: null });
    expect(screen.queryByText(/You declined/)).toBeNull();
    expect(screen.getByText('Check what you entered and try again.')).toBeTruthy();
  });
});
