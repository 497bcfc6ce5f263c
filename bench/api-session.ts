import type { BenchStack } from './stack';

export interface BenchIntegration {
  uniqueKey: string;
  displayName: string;
  provider: string;
}

type Stack = Pick<BenchStack, 'apiUrl' | 'secretKey'>;

async function callApi(stack: Stack, path: string, init: RequestInit = {}): Promise<unknown> {
  const headers = { authorization: `Bearer ${stack.secretKey}`, 'content-type': 'application/json' };
  const response = await fetch(`${stack.apiUrl}${path}`, { ...init, headers });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;

/** The integrations the widget will list, with the names it shows (the secret-key list route). */
export async function listIntegrations(stack: Stack): Promise<BenchIntegration[]> {
  const data = field(await callApi(stack, '/integrations'), 'data');
  if (!Array.isArray(data)) throw new Error('GET /integrations: no data array');
  return data.map((item) => ({
    uniqueKey: String(field(item, 'unique_key')),
    displayName: String(field(item, 'display_name')),
    provider: String(field(item, 'provider')),
  }));
}

/** A connect session, as a customer's backend creates it, allowing the `allowed` integrations. */
export async function createSessionToken(stack: Stack, allowed: string[]): Promise<string> {
  const body = { end_user: { id: 'bench-user', email: 'ada@example.com' }, allowed_integrations: allowed };
  const token = field(field(await callApi(stack, '/connect/sessions', { method: 'POST', body: JSON.stringify(body) }), 'data'), 'token');
  if (typeof token !== 'string') throw new Error('POST /connect/sessions: no token');
  return token;
}
