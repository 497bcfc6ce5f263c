import { describe, expect, it } from 'vitest';
import { parseWidgetMessage } from './messages';
import { guardWidgetMessage } from './widget-guard';

// The SDK's hand-written parser must accept exactly what the zod schema accepts.

const valid = [
  { type: 'ready' },
  { type: 'close' },
  { type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c1' } },
  { type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c1', isPending: false, isReconnect: true } },
  { type: 'error', payload: { errorType: 'window_closed', errorMessage: 'Closed' } },
  { type: 'error', payload: { errorType: 'connection_test_failed', errorMessage: '', errorCode: 'invalid_credentials' } },
  { type: 'step', payload: { name: 'open' } },
  { type: 'step', payload: { name: 'click:connect', integration: 'github' } },
  { type: 'step', payload: { name: 'search', resultCount: 0 } },
  { type: 'resize', height: 0 },
  { type: 'resize', height: 512.5 },
];

const invalid = [
  null,
  undefined,
  'ready',
  42,
  [],
  {},
  { type: 'READY' },
  { type: 'session_token', sessionToken: 'x' },
  { type: 'connect' },
  { type: 'connect', payload: { providerConfigKey: 1, connectionId: 'c' } },
  { type: 'connect', payload: { providerConfigKey: 'a', connectionId: 'c', isPending: 'yes' } },
  { type: 'error', payload: { errorType: 'not_a_type', errorMessage: 'x' } },
  { type: 'error', payload: { errorType: 'unknown_error' } },
  { type: 'error', payload: { errorType: 'unknown_error', errorMessage: 'x', errorCode: 5 } },
  { type: 'step' },
  { type: 'step', payload: { name: 'typed:secret' } },
  { type: 'step', payload: { name: 'open', integration: 1 } },
  { type: 'step', payload: { name: 'search', resultCount: 1.5 } },
  { type: 'step', payload: { name: 'search', resultCount: -1 } },
  { type: 'step', payload: { name: 'search', resultCount: 2 ** 60 } },
  { type: 'resize' },
  { type: 'resize', height: '100' },
  { type: 'resize', height: -1 },
  { type: 'resize', height: Number.POSITIVE_INFINITY },
  { type: 'resize', height: Number.NaN },
  { type: 'resize', height: 100_001 },
  JSON.parse('{"type":"step","payload":{"__proto__":{"name":"open"}}}'),
  // Own `__proto__` keys, as JSON.parse makes them: a parser that copies or merges would inherit them.
  JSON.parse('{"__proto__":{"type":"close"}}'),
  JSON.parse('{"type":"connect","__proto__":{"payload":{"providerConfigKey":"k","connectionId":"c"}}}'),
  JSON.parse('{"type":"error","payload":{"__proto__":{"errorType":"unknown_error","errorMessage":"x"}}}'),
];

/** A small deterministic generator of message-like values. */
function* fuzz(count: number) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const pick = <T>(items: T[]) => items[(next() >>> 16) % items.length];
  const scalars = [null, undefined, 0, 1, true, false, '', 'x', 'ready', [], {}];
  const types = ['ready', 'close', 'connect', 'error', 'step', 'resize', 'session_token', 'other', 1, null];
  const errorTypes = ['window_closed', 'unknown_error', 'nope', 3];
  for (let i = 0; i < count; i += 1) {
    const payload = pick([
      pick(scalars),
      { providerConfigKey: pick(['k', 1]), connectionId: pick(['c', null]), isPending: pick([true, 'no', undefined]) },
      { errorType: pick(errorTypes), errorMessage: pick(['m', 2]), errorCode: pick([undefined, 'c', 9]) },
      { name: pick(['open', 'search', 'nope', 1]), integration: pick([undefined, 'k', 2]), resultCount: pick([undefined, 0, 3, -1, 0.5]) },
    ]);
    const height = pick([0, 10, -1, 0.5, 1e6, 'x', undefined]);
    yield pick([pick(scalars), { type: pick(types) }, { type: pick(types), payload }, { type: pick(types), payload, extra: 1 }, { type: pick(types), height }]);
  }
}

describe('guardWidgetMessage', () => {
  it.each(valid)('accepts %j like the schema', (message) => {
    expect(guardWidgetMessage(message)).toEqual(parseWidgetMessage(message));
    expect(guardWidgetMessage(message)).not.toBeNull();
  });

  it.each(invalid)('rejects %j like the schema', (message) => {
    expect(guardWidgetMessage(message)).toBeNull();
    expect(parseWidgetMessage(message)).toBeNull();
  });

  it('agrees with the zod schema on 2,000 fuzzed messages', () => {
    let accepted = 0;
    for (const message of fuzz(2_000)) {
      const expected = parseWidgetMessage(message);
      expect(guardWidgetMessage(message)).toEqual(expected);
      if (expected) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(50); // the fuzz reaches the accepting branches too
  });

  it('drops unknown keys, as the schema does', () => {
    expect(guardWidgetMessage({ type: 'close', steal: 'cookies' })).toEqual({ type: 'close' });
    expect(guardWidgetMessage({ type: 'step', payload: { name: 'open', value: 'typed' } })).toEqual({ type: 'step', payload: { name: 'open' } });
  });
});
