import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import type { Integration, Provider, Session } from '../../src/contract/connect';
import { session as defaultSession } from './fixtures';

export const apiURL = 'https://api.test/prefix';

export interface FakeApi {
  session?: Session;
  integrations: Integration[];
  providers: Record<string, Provider>;
}

/** Every request the widget made, for assertions on URLs, headers and bodies. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export const seen: SeenRequest[] = [];

/** A telemetry beacon (sent alongside the widget's own calls). */
export const isBeacon = (request: SeenRequest) => request.url.pathname.endsWith('/connect/telemetry');

async function record(request: Request): Promise<void> {
  const text = await request.clone().text();
  seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: text ? JSON.parse(text) : null });
}

/** The reference API's happy path: a session, its integrations, their providers, direct auth OK. */
export function happyPath(api: FakeApi): HttpHandler[] {
  return [
    http.all(`${apiURL}/*`, async ({ request }) => void (await record(request))),
    http.get(`${apiURL}/connect/session`, () => HttpResponse.json({ data: api.session ?? defaultSession() })),
    http.get(`${apiURL}/integrations`, () => HttpResponse.json({ data: api.integrations })),
    http.get(`${apiURL}/providers/:provider`, ({ params }) => {
      const provider = api.providers[String(params.provider)];
      return provider ? HttpResponse.json({ data: provider }) : HttpResponse.json({ error: { code: 'not_found', message: 'Unknown provider' } }, { status: 404 });
    }),
    http.post(`${apiURL}/*/:key`, ({ params }) => HttpResponse.json({ connectionId: 'conn-1', providerConfigKey: String(params.key) })),
  ];
}

export const server = setupServer();
