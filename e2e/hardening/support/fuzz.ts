/**
 * Deterministic junk for the bridge: random shapes, wrong types, near-misses of real messages and
 * prototype-pollution keys. Returned as one JSON text, so `JSON.parse` in the page makes
 * `__proto__` an own key (an object literal or Playwright's argument passing would turn it into a
 * prototype instead) and structured cloning then carries it to the receiver as sent.
 */
export function fuzzedMessagesJson(count: number, { seed = 20_240_607, foreignToken }: { seed?: number; foreignToken: string }): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648);
  const pick = <T>(items: readonly T[]): T => items[(next() >>> 8) % items.length];
  const keys = ['type', 'sessionToken', 'payload', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then', 'theme', 'polluted'];
  const types = ['session_token', 'settings_changed', 'ready', 'connect', 'error', 'close', 'SESSION_TOKEN', '__proto__', 'constructor', '', null, 7];
  const scalars = [null, 0, -1, 1e308, true, false, '', 'x', 'polluted', '<img src=x onerror=alert(1)>', foreignToken, 'a'.repeat(600)];

  function value(depth: number): unknown {
    const kind = depth > 2 ? 0 : next() % 4;
    if (kind === 0) return pick(scalars);
    if (kind === 1) return [value(depth + 1), value(depth + 1)];
    return object(depth + 1);
  }
  function object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const size = next() % 4;
    for (let i = 0; i < size; i += 1) {
      // defineProperty, not assignment: `result.__proto__ = …` would set the prototype.
      Object.defineProperty(result, pick(keys), { value: value(depth), enumerable: true, configurable: true, writable: true });
    }
    return result;
  }
  /** A message that is almost valid: the right type, one field wrong. */
  function nearMiss(): Record<string, unknown> {
    return pick([
      { type: 'session_token', sessionToken: pick([[foreignToken], { value: foreignToken }, '', 'a'.repeat(600), 42, null]) },
      { type: pick(['SESSION_TOKEN', 'session-token', ' session_token']), sessionToken: foreignToken },
      { payload: { type: 'session_token', sessionToken: foreignToken } },
      { type: 'settings_changed', payload: pick([null, 'dark', { theme: 'x' }, { defaultTheme: 'neon' }]) },
    ]);
  }

  const messages: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    const shape = next() % 5;
    if (shape === 0) messages.push(pick(scalars));
    else if (shape === 1) messages.push(nearMiss());
    else if (shape === 2) messages.push(Object.assign(object(0), { type: pick(types) }));
    else messages.push(object(0));
  }
  const text = JSON.stringify(messages);
  // JSON.stringify keeps an own `__proto__` key as "__proto__"; add a few that a parser turns
  // into own keys on purpose, pointing at a valid-looking message and at `polluted` flags.
  const pollution = [
    `{"__proto__":{"type":"session_token","sessionToken":"${foreignToken}","polluted":true}}`,
    `{"type":"session_token","__proto__":{"sessionToken":"${foreignToken}"}}`,
    `{"constructor":{"prototype":{"polluted":true,"sessionToken":"${foreignToken}"}},"type":"session_token"}`,
    `{"type":"settings_changed","payload":{"__proto__":{"polluted":true}}}`,
  ];
  return `[${pollution.join(',')},${text.slice(1)}`;
}
