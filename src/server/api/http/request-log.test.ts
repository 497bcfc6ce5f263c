import { describe, expect, it } from 'vitest';
import { startRealServer } from '../test/real-server';

describe('the request log', () => {
  it('prints no redirect flow id, session token or secret key, while still naming each route', async () => {
    const lines: string[] = [];
    const server = await startRealServer({ secretKey: 'request-log-secret-key-0123456789', log: (line) => void lines.push(line) });
    try {
      const session = await fetch(`${server.url}/connect/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ end_user: { id: 'log-user' } }),
      });
      const token: string = (await session.json()).data.token;
      const flowId = 'FLOWIDSECRET0123456789abcdef';
      await fetch(`${server.url}/oauth/connect/demo-oauth2?connect_session_token=${token}&return_to=${encodeURIComponent('http://127.0.0.1:9/')}&plugboard_flow=${flowId}`, { redirect: 'manual' });
      await fetch(`${server.url}/oauth/redirect/${flowId}`);
      await fetch(`${server.url}/connect/session`, { headers: { authorization: `Bearer ${token}` } });

      const log = lines.join('\n');
      expect(log).not.toContain(flowId);
      expect(log).not.toContain(token.slice('nango_connect_session_'.length));
      expect(log).not.toContain(server.secretKey);
      expect(log).toMatch(/^GET \/oauth\/redirect\/:flowId \d{3} \d+ms$/m);
      expect(log).toMatch(/^POST \/connect\/sessions 201 \d+ms$/m);
    } finally {
      await server.stop();
    }
  });
});
