import { describe, expect, it } from 'vitest';
import { guardHostMessage } from './host-guard';
import { parseHostMessage } from './messages';

// The widget's hand-written parser must accept exactly what the zod schema accepts.

const settings = { theme: { light: { primary: '#123456' }, dark: { primary: 'red' } }, defaultTheme: 'dark', showWatermark: false };

const valid = [
  { type: 'session_token', sessionToken: 'nango_connect_session_abc' },
  { type: 'session_token', sessionToken: 'x'.repeat(512), extra: true },
  { type: 'settings_changed', payload: settings },
  { type: 'settings_changed', payload: { ...settings, defaultTheme: 'light' } },
  { type: 'settings_changed', payload: { ...settings, defaultTheme: 'system' } },
  { type: 'settings_changed', payload: { ...settings, extra: 1, theme: { ...settings.theme, more: 2 } } },
];

const invalid = [
  null,
  undefined,
  'session_token',
  [],
  {},
  { type: 'session_token' },
  { type: 'session_token', sessionToken: '' },
  { type: 'session_token', sessionToken: 'x'.repeat(513) },
  { type: 'session_token', sessionToken: 42 },
  { type: 'ready' },
  { type: 'settings_changed' },
  { type: 'settings_changed', payload: { ...settings, defaultTheme: 'blue' } },
  { type: 'settings_changed', payload: { ...settings, showWatermark: 'no' } },
  { type: 'settings_changed', payload: { ...settings, theme: { light: { primary: 1 }, dark: { primary: 'red' } } } },
  { type: 'settings_changed', payload: { ...settings, theme: null } },
  // Own `__proto__` keys, as JSON.parse makes them: a parser that copies or merges would inherit them.
  JSON.parse('{"__proto__":{"type":"session_token","sessionToken":"planted"}}'),
  JSON.parse('{"type":"session_token","__proto__":{"sessionToken":"planted"}}'),
  JSON.parse(`{"type":"settings_changed","payload":{"__proto__":${JSON.stringify(settings)}}}`),
];

function* fuzz(count: number) {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const pick = <T>(items: T[]) => items[(next() >>> 16) % items.length];
  const scalars = [null, undefined, 0, true, '', 'x', [], {}];
  for (let i = 0; i < count; i += 1) {
    const theme = pick([null, { light: { primary: pick(['#fff', 1]) }, dark: pick([{ primary: 'x' }, null]) }]);
    const payload = pick([pick(scalars), { theme, defaultTheme: pick(['light', 'dark', 'system', 'x', null]), showWatermark: pick([true, 'true']) }]);
    const type = pick(['session_token', 'settings_changed', 'ready', 1, null]);
    yield pick([pick(scalars), { type, sessionToken: pick(['', 't', 5, 'x'.repeat(600)]) }, { type, payload }]);
  }
}

describe('guardHostMessage', () => {
  it.each(valid)('accepts %j like the schema', (message) => {
    expect(guardHostMessage(message)).not.toBeNull();
    expect(guardHostMessage(message)).toEqual(parseHostMessage(message));
  });

  it.each(invalid)('rejects %j like the schema', (message) => {
    expect(guardHostMessage(message)).toBeNull();
    expect(parseHostMessage(message)).toBeNull();
  });

  it('agrees with the schema on 2,000 fuzzed messages', () => {
    const accepted = { session_token: 0, settings_changed: 0 };
    for (const message of fuzz(2000)) {
      const expected = parseHostMessage(message);
      expect(guardHostMessage(message)).toEqual(expected);
      if (expected) accepted[expected.type] += 1;
    }
    // The fuzz reaches both accepting branches, not only the rejections.
    expect(accepted.session_token).toBeGreaterThan(20);
    expect(accepted.settings_changed).toBeGreaterThan(0);
  });
});
