import { describe, expect, it, vi } from 'vitest';
import { environment, fails, ok } from '../test/results';
import { createSessionModel } from './session-model';

describe('createSessionModel', () => {
  it('keeps a key only once the server accepted it, and never in storage', async () => {
    const getEnvironment = vi.fn(() => ok(environment));
    const session = createSessionModel(getEnvironment);
    expect(await session.signIn('  sk  ')).toBe(true);
    expect(session.secretKey.value).toBe('sk');
    expect(session.environment.value).toEqual(environment);
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('forgets a refused key and shows the server’s words', async () => {
    const session = createSessionModel(() => fails('The provided secret key does not match any account.', 401));
    expect(await session.signIn('wrong')).toBe(false);
    expect(session.secretKey.value).toBeNull();
    expect(session.task.error.value).toBe('The provided secret key does not match any account.');
  });

  it('asks for a key before calling the server', async () => {
    const getEnvironment = vi.fn(() => ok(environment));
    const session = createSessionModel(getEnvironment);
    expect(await session.signIn(' ')).toBe(false);
    expect(getEnvironment).not.toHaveBeenCalled();
    expect(session.task.error.value).toBe('Enter the secret key.');
  });

  it('signs out: key and environment gone', async () => {
    const session = createSessionModel(() => ok(environment));
    await session.signIn('sk');
    session.signOut();
    expect([session.secretKey.value, session.environment.value]).toEqual([null, null]);
  });
});
