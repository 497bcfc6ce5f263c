import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import type { DemoApiClient } from './api-client';
import type { DemoState } from './demo-state';
import { webhookReceiver, type SigningKeySource } from './webhook-receiver';

export interface DemoAppOptions {
  apiUrl: string;
  uiUrl: string;
  sdkDir: string;
  signingKeys: SigningKeySource;
  /** Where the Connect API should POST webhooks: this server's own receiver. */
  webhookUrl: string;
  api: DemoApiClient;
  state: DemoState;
}

const publicDir = new URL('./public/', import.meta.url);
const readPublic = (name: string) => readFileSync(new URL(name, publicDir), 'utf8');

const sessionRequestSchema = z.strictObject({ integration: z.string().max(255).optional() });
const reconnectRequestSchema = z.strictObject({ connectionId: z.string().min(1).max(255), integrationId: z.string().min(1).max(255) });
const hostEventSchema = z.looseObject({ type: z.string().max(64) });

/** The demo customer app ("Acme CRM"): a page, its tiny backend, and a webhook receiver. */
export function createDemoApp(options: DemoAppOptions): Hono {
  const { api, state } = options;
  const app = new Hono();
  const pages = { html: readPublic('index.html'), js: readPublic('demo.js'), css: readPublic('demo.css') };
  app.use('*', demoSecurityHeaders(options));

  app.get('/', (c) => c.html(pages.html));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/demo.js', (c) => c.body(pages.js, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/demo.css', (c) => c.body(pages.css, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/sdk/:file{plugboard\\.iife\\.js(\\.map)?}', (c) => {
    const body = readFileSync(join(options.sdkDir, c.req.param('file')), 'utf8');
    return c.body(body, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
  });

  app.get('/api/config', (c) => c.json({ uiUrl: options.uiUrl, apiUrl: options.apiUrl }));
  app.get('/api/state', (c) => c.json(state.snapshot()));
  app.get('/api/integrations', async (c) => c.json({ integrations: await api.listIntegrations() }));

  app.post('/api/session-token', async (c) => {
    const request = sessionRequestSchema.parse(await c.req.json());
    return c.json({ token: await api.createSession({ integration: request.integration || undefined, webhookUrl: options.webhookUrl }) });
  });

  app.post('/api/reconnect-token', async (c) => {
    const request = reconnectRequestSchema.parse(await c.req.json());
    return c.json({ token: await api.createReconnectSession({ ...request, webhookUrl: options.webhookUrl }) });
  });

  // What a backend does before calling the provider: ask for the token; the API refreshes it when due.
  app.post('/api/token', async (c) => {
    const request = reconnectRequestSchema.parse(await c.req.json());
    try {
      const token = await api.getToken(request);
      const isNew = token.tokenHint !== null && state.isNewToken(request.connectionId, token.tokenHint);
      const expiry = token.expiresAt ? `, expires ${token.expiresAt}` : '';
      state.addEvent({
        source: 'api', type: 'token',
        summary: `${request.integrationId} ${request.connectionId} ${token.tokenHint ?? 'no access token'}${expiry}${isNew ? ' (new: refreshed by the API)' : ''}`,
      });
      return c.json(token);
    } catch (err) {
      state.addEvent({ source: 'api', type: 'token', summary: `${request.integrationId} ${request.connectionId} ${err instanceof Error ? err.message : String(err)}`, isFailure: true });
      throw err;
    }
  });

  // The page reports the widget's events (`onEvent`) so the live view keeps them across reloads.
  app.post('/api/events', async (c) => {
    const event = hostEventSchema.parse(await c.req.json());
    recordHostEvent(state, event);
    return c.body(null, 204);
  });

  app.route('/webhooks', webhookReceiver(state, options.signingKeys));
  app.onError((err, c) => c.json({ error: err.message }, err instanceof z.ZodError ? 400 : 502));
  return app;
}

function recordHostEvent(state: DemoState, event: z.infer<typeof hostEventSchema>): void {
  const payload = z.looseObject({
    providerConfigKey: z.string().optional(),
    connectionId: z.string().optional(),
    errorType: z.string().optional(),
    errorMessage: z.string().optional(),
  }).safeParse(event['payload']);
  const details = payload.success ? payload.data : {};
  const summary = [details.providerConfigKey, details.connectionId, details.errorType, details.errorMessage].filter(Boolean).join(' ');
  state.addEvent({ source: 'widget', type: event.type, summary });
  if (event.type === 'connect' && details.providerConfigKey && details.connectionId) {
    state.upsertConnection({ providerConfigKey: details.providerConfigKey, connectionId: details.connectionId, authMode: null, lastOperation: 'connect' });
  }
}

/** The demo page runs under a strict CSP: own scripts and styles only, frames only from the widget. */
function demoSecurityHeaders(options: DemoAppOptions) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `frame-src ${new URL(options.uiUrl).origin}`,
    "connect-src 'self'",
    `img-src 'self' ${new URL(options.apiUrl).origin} data:`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return async function setDemoHeaders(c: import('hono').Context, next: () => Promise<void>) {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  };
}
