import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthError } from '../protocol/nango-auth';
import { Nango } from './headless-nango';

// The ES module's `Nango.auth()`: what happens before the headless client loads (the flow itself
// is tested in src/client/nango-auth.test.ts and, side by side with Nango's SDK, in e2e).

const token = `nango_connect_session_${'0'.repeat(64)}`;

afterEach(() => vi.restoreAllMocks());

describe('Nango.auth', () => {
  it('throws missing_auth_token at once without a session token, in Nango’s words', () => {
    const call = () => new Nango().auth('crm', { credentials: { apiKey: 'k' } });
    expect(call).toThrow(AuthError);
    expect(call).toThrow('You must specify a public key OR a connect session token (cf. documentation).');
    try {
      call();
    } catch (error) {
      expect((error as AuthError).type).toBe('missing_auth_token');
    }
  });

  it('opens the OAuth window within the call (the user’s click), before anything loads, with the size asked', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const outcome = new Nango({ connectSessionToken: token, width: 640, height: 480 }).auth('crm', 'ignored-id', { detectClosedAuthWindow: true });
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]?.[2]).toMatch(/^popup,width=640,height=480,/);
    // The window was blocked: Nango's error, as an instance of this module's AuthError.
    const error = await outcome.then(() => null, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ type: 'blocked_by_browser', message: 'Modal blocked by browser' });
  });

  it('opens no window for credentials', async () => {
    const open = vi.spyOn(window, 'open');
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    const error = await new Nango({ connectSessionToken: token, host: 'https://api.example' }).auth('crm', { credentials: { apiKey: 'k' } }).catch((reason: unknown) => reason);
    expect(open).not.toHaveBeenCalled();
    expect(fetch.mock.calls[0]?.[0]).toBe('https://api.example/integrations');
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ type: 'network_error', message: 'network_error' });
  });
});
