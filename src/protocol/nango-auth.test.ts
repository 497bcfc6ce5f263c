import { describe, expect, it } from 'vitest';
import { AuthError, usesAuthWindow } from './nango-auth';

describe('usesAuthWindow: OAuth window or a direct post, decided from the options alone', () => {
  it('opens the window without credentials, or with empty ones', () => {
    expect(usesAuthWindow({})).toBe(true);
    expect(usesAuthWindow({ params: { subdomain: 'acme' }, detectClosedAuthWindow: true })).toBe(true);
    expect(usesAuthWindow({ credentials: {} })).toBe(true);
  });

  it('posts any other credentials', () => {
    expect(usesAuthWindow({ credentials: { apiKey: 'k' } })).toBe(false);
    expect(usesAuthWindow({ credentials: { username: 'u', password: 'p' } })).toBe(false);
    expect(usesAuthWindow({ credentials: { oauth_client_id_override: 'id' } as never })).toBe(false);
  });

  it('sends a pair of OAuth client overrides through the window, unless TBA tokens come with them', () => {
    expect(usesAuthWindow({ credentials: { oauth_client_id_override: 'id', oauth_client_secret_override: 's' } })).toBe(true);
    expect(usesAuthWindow({ credentials: { token_id: 't', token_secret: 's', oauth_client_id_override: 'id', oauth_client_secret_override: 's' } })).toBe(false);
  });

  it('posts an outbound installation', () => {
    expect(usesAuthWindow({ installation: 'outbound' })).toBe(false);
  });
});

describe('AuthError', () => {
  it('is an Error carrying the type as its own property, as Nango’s is', () => {
    const error = new AuthError('Modal blocked by browser', 'blocked_by_browser');
    expect(error).toBeInstanceOf(Error);
    expect({ ...error }).toEqual({ type: 'blocked_by_browser' });
    expect(error.message).toBe('Modal blocked by browser');
  });
});
