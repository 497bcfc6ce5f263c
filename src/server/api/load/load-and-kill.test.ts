import { describe, expect, it } from 'vitest';
import { runLoadAndKill } from './load-and-kill';

// The reference server never loses an acknowledged connection, even to kill -9 under
// load. Runs the real server as a child process on loopback; about 10 s (more on a busy machine).
describe('the reference API under load, killed with SIGKILL mid-run', () => {
  it('keeps every session and connection it acknowledged, and serves again after a restart', { timeout: 90_000 }, async () => {
    const figures = await runLoadAndKill({ connections: 16, killAfterMs: 4_000 });
    console.log('load-and-kill', JSON.stringify(figures));
    expect(figures.connectionsAcknowledged).toBeGreaterThan(20); // enough to kill it mid-write, even on a busy CI machine
    expect(figures.connectionsPersisted).toBe(figures.connectionsAcknowledged);
    expect(figures.sessionsPersisted).toBe(figures.sessionsAcknowledged);
    expect(figures.lost).toBe(0);
    expect(figures.isServingAfterRestart).toBe(true);
  });
});
