import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestReceiver {
  url: string;
  requests: Array<{ headers: Record<string, string | string[] | undefined>; body: string }>;
  /** The status the next requests get. */
  status: number;
  close(): Promise<void>;
}

/** A customer's webhook endpoint on a free loopback port. */
export async function startTestReceiver(): Promise<TestReceiver> {
  const receiver: TestReceiver = { url: '', requests: [], status: 200, close: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      receiver.requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(receiver.status).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () => new Promise((done) => server.close(() => done()));
  return receiver;
}
