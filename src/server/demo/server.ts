import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createDemoApiClient } from './api-client';
import { createDemoApp } from './demo-app';
import { createDemoState } from './demo-state';
import { signingKeySource } from './webhook-receiver';

export interface DemoServerOptions {
  port: number;
  host?: string;
  apiUrl: string;
  uiUrl: string;
  secretKey: string;
  /** Absolute path to dist/sdk (contains plugboard.iife.js). */
  sdkDir: string;
  /** A fixed key; by default the API's current one, read with the secret key and read again after a rotation. */
  webhookSigningKey?: string;
  log?: (line: string) => void;
}

/**
 * Starts the demo customer app on its own origin. Each session it creates carries
 * `webhook_url_override` pointing at this server's `/webhooks/plugboard`, so the auth webhooks
 * arrive here without any API configuration.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => console.log(line));
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  const api = createDemoApiClient(options.apiUrl.replace(/\/+$/, ''), options.secretKey);
  const app = createDemoApp({
    apiUrl: options.apiUrl.replace(/\/+$/, ''),
    uiUrl: options.uiUrl,
    sdkDir: options.sdkDir,
    signingKeys: signingKeySource(() => api.webhookSigningKey(), options.webhookSigningKey),
    webhookUrl: `${url}/webhooks/plugboard`,
    api,
    state: createDemoState(),
  });
  server.on('request', getRequestListener(async (request) => {
    const startedAt = performance.now();
    const response = await app.fetch(request);
    log(`demo ${request.method} ${new URL(request.url).pathname} ${response.status} ${Math.round(performance.now() - startedAt)}ms`);
    return response;
  }));
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
