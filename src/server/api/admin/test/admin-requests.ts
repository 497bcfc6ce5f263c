import { testSecretKey, type TestApi } from '../../test/test-deps';

/** Secret-key requests against the in-process app, as Nango's Node client sends them. */
export function adminRequests(api: TestApi) {
  const headers = (body: unknown) => ({
    authorization: `Bearer ${testSecretKey}`,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  });
  const send = (method: string, path: string, body?: unknown) =>
    api.app.request(path, { method, headers: headers(body), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body?: unknown) => send('POST', path, body),
    patch: (path: string, body?: unknown) => send('PATCH', path, body),
    delete: (path: string) => send('DELETE', path),
  };
}

export interface ConnectOptions {
  integration?: string;
  endUser?: { id: string; email?: string; display_name?: string };
  tags?: Record<string, string>;
  apiKey?: string;
}

/** Creates an API-key connection the way the widget does: a session, then the direct auth route. */
export async function connectApiKey(api: TestApi, options: ConnectOptions = {}): Promise<string> {
  const integration = options.integration ?? 'demo-api-key';
  const token = await api.createSession({
    end_user: options.endUser ?? { id: 'user-1', email: 'jane@acme.test', display_name: 'Jane' },
    ...(options.tags ? { tags: options.tags } : {}),
  });
  const res = await api.app.request(`/api-auth/api-key/${integration}?connect_session_token=${token}&params[region]=eu`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: options.apiKey ?? 'test_key' }),
  });
  if (res.status !== 200) throw new Error(`connection failed: ${res.status} ${await res.text()}`);
  const json: unknown = await res.json();
  if (typeof json !== 'object' || json === null || !('connectionId' in json) || typeof json.connectionId !== 'string') {
    throw new Error('no connectionId in the answer');
  }
  return json.connectionId;
}
