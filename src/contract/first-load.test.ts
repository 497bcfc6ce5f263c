import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseConnectUISettings, parseErrorEnvelope, parseIntegration, parseIntegrationsResponse, parseSession, parseSessionResponse } from './first-load';
import type { ConnectUISettings, Integration, Session } from './types';

// The first load's two answers come from a server we may not control (a Nango, a proxy, a newer
// Plugboard): every rule of the hand-written parsers against hostile input. Objects are loose
// (unknown keys kept), a wrong-typed optional key becomes undefined, a missing required key fails.

const settings: ConnectUISettings = { theme: { light: { primary: '#123456' }, dark: { primary: 'red' } }, defaultTheme: 'dark', showWatermark: false };
const junk: unknown[] = [null, undefined, 0, -1, Number.MAX_VALUE, '', 'text', true, [], [1, 'a', null], {}, () => 1, Symbol('x')];
const parsedJson = (text: string): unknown => JSON.parse(text);

describe('parseSession', () => {
  it('returns exactly the contract type', () => {
    expectTypeOf(parseSession).returns.toEqualTypeOf<Session | null>();
    expectTypeOf(parseSessionResponse).returns.toEqualTypeOf<Session | null>();
  });

  it('fails only for what is not an object at all', () => {
    for (const value of [null, undefined, 0, 'text', true, [], [{}]]) expect(parseSession(value)).toBeNull();
  });

  it('keeps unknown keys, and an empty session has settings null', () => {
    expect(parseSession({})).toStrictEqual({ connectUISettings: null });
    expect(parseSession({ future: { nested: [1] }, n: 5 })).toStrictEqual({ connectUISettings: null, future: { nested: [1] }, n: 5 });
  });

  it('reads every known key of the right type', () => {
    const session = {
      connectUISettings: settings,
      allowed_integrations: ['a', 'b'],
      integrations_config_defaults: { a: { connection_config: { q: 1, r: null }, authorization_params: { scope: 'x' }, extra: true } },
      isReconnecting: true,
      overrides: { a: { docs_connect: 'https://docs', more: 1 } },
      websocketsPath: '/ws',
      plugboard: { branding: { name: 'Acme', logo_url: 'https://acme/logo.png', more: 1 }, other: 2 },
      connections: [{ connection_id: 'c', provider_config_key: 'k', is_pending: false, created_at: '2026-01-01', more: 1 }],
    };
    expect(parseSession(session)).toStrictEqual(session);
    expect(parseSessionResponse({ data: session, meta: 1 })).toStrictEqual(session);
  });

  it('drops (to undefined) each optional key of the wrong type, keeping the rest', () => {
    for (const key of ['allowed_integrations', 'integrations_config_defaults', 'isReconnecting', 'overrides', 'websocketsPath', 'plugboard', 'connections']) {
      for (const value of junk.filter((item) => item !== undefined)) {
        const parsed = parseSession({ [key]: value, kept: 1 });
        if (parsed?.[key] !== undefined) continue; // the few junk values that are of the right type, checked below
        expect([key, parsed]).toStrictEqual([key, { connectUISettings: null, [key]: undefined, kept: 1 }]);
      }
    }
    expect(parseSession({ isReconnecting: 'true', websocketsPath: 7 })).toStrictEqual({ connectUISettings: null, isReconnecting: undefined, websocketsPath: undefined });
  });

  it('drops a whole list or map when one entry is wrong', () => {
    expect(parseSession({ allowed_integrations: ['a', 1] })?.allowed_integrations).toBeUndefined();
    expect(parseSession({ allowed_integrations: ['a', null] })?.allowed_integrations).toBeUndefined();
    expect(parseSession({ integrations_config_defaults: { a: {}, b: 5 } })?.integrations_config_defaults).toBeUndefined();
    expect(parseSession({ integrations_config_defaults: [] })?.integrations_config_defaults).toBeUndefined();
    expect(parseSession({ overrides: { a: 'x' } })?.overrides).toBeUndefined();
  });

  it('drops wrong-typed keys inside the nested objects', () => {
    expect(parseSession({ integrations_config_defaults: { a: { connection_config: [1], authorization_params: { x: 1 } } } })?.integrations_config_defaults).toStrictEqual({
      a: { connection_config: undefined, authorization_params: undefined },
    });
    expect(parseSession({ integrations_config_defaults: { a: { authorization_params: { x: '1' } } } })?.integrations_config_defaults).toStrictEqual({ a: { authorization_params: { x: '1' } } });
    expect(parseSession({ overrides: { a: { docs_connect: 1 } } })?.overrides).toStrictEqual({ a: { docs_connect: undefined } });
    expect(parseSession({ plugboard: { branding: { name: 1, logo_url: 'u' } } })?.plugboard).toStrictEqual({ branding: { name: undefined, logo_url: 'u' } });
    expect(parseSession({ plugboard: { branding: 'x' } })?.plugboard).toStrictEqual({ branding: undefined });
  });

  it('turns malformed settings into null, not a failed session', () => {
    for (const value of [...junk, { ...settings, defaultTheme: 'blue' }, { ...settings, showWatermark: 'no' }, { ...settings, theme: { light: { primary: 1 }, dark: { primary: 'x' } } }]) {
      expect(parseSession({ connectUISettings: value, isReconnecting: true })).toStrictEqual({ connectUISettings: null, isReconnecting: true });
    }
    // Extra keys of the settings are not kept: they are the same closed shape the host's message carries.
    expect(parseSession({ connectUISettings: { ...settings, extra: 1, theme: { ...settings.theme, more: 2 } } })?.connectUISettings).toStrictEqual(settings);
  });

  it('turns a malformed `connections` into undefined: the handoff loses its watch, not the session', () => {
    for (const connections of [null, 'x', {}, [{ connection_id: '' , provider_config_key: 'k' }], [{ connection_id: 'c' }], [{ connection_id: 'c', provider_config_key: 'k' }, 5]]) {
      expect(parseSession({ connections, websocketsPath: '/ws' })).toStrictEqual({ connectUISettings: null, connections: undefined, websocketsPath: '/ws' });
    }
    expect(parseSession({ connections: [{ connection_id: 'c', provider_config_key: 'k', is_pending: 'x', created_at: 1 }] })?.connections).toStrictEqual([
      { connection_id: 'c', provider_config_key: 'k', is_pending: undefined, created_at: undefined },
    ]);
  });

  it('never copies a `__proto__` key: nothing is inherited, nothing polluted', () => {
    const session = parseSession(parsedJson('{"__proto__":{"isReconnecting":true,"polluted":1},"websocketsPath":"/ws"}'));
    expect(session).toStrictEqual({ connectUISettings: null, websocketsPath: '/ws' });
    expect(Object.getPrototypeOf(session)).toBe(Object.prototype);
    expect(session?.isReconnecting).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const defaults = parseSession(parsedJson('{"integrations_config_defaults":{"__proto__":{"connection_config":{}},"a":{"authorization_params":{"__proto__":"x","b":"y"}}}}'));
    expect(defaults?.integrations_config_defaults).toStrictEqual({ a: { authorization_params: { b: 'y' } } });
    expect(parseSession(parsedJson('{"connectUISettings":{"__proto__":' + JSON.stringify(settings) + '}}'))?.connectUISettings).toBeNull();
    expect(parseSessionResponse(parsedJson('{"__proto__":{"data":{}}}'))).toBeNull();
  });

  it('keeps huge and odd values as they are', () => {
    const long = 'x'.repeat(1_000_000);
    const allowed = Array.from({ length: 10_000 }, (_, index) => `key-${index}`);
    expect(parseSession({ websocketsPath: long, allowed_integrations: allowed })).toStrictEqual({ connectUISettings: null, websocketsPath: long, allowed_integrations: allowed });
    expect(parseSession({ websocketsPath: '\u0000\ud800', toString: 'x', constructor: 1, hasOwnProperty: null })).toStrictEqual({
      connectUISettings: null, websocketsPath: '\u0000\ud800', toString: 'x', constructor: 1, hasOwnProperty: null,
    });
  });

  it('reads the response envelope: `data` must be an object', () => {
    for (const body of [...junk, { data: [] }, { data: null }, { data: 'x' }, [{ data: {} }], { session: {} }]) expect(parseSessionResponse(body)).toBeNull();
    expect(parseSessionResponse({ data: {} })).toStrictEqual({ connectUISettings: null });
  });
});

describe('parseIntegrationsResponse', () => {
  it('returns exactly the contract type', () => {
    expectTypeOf(parseIntegration).returns.toEqualTypeOf<Integration | null>();
    expectTypeOf(parseIntegrationsResponse).returns.toEqualTypeOf<Integration[] | null>();
  });

  it('needs `data` to be an array', () => {
    for (const body of [...junk, { data: {} }, { data: null }, { data: 'a' }, { items: [] }, [[]]]) expect(parseIntegrationsResponse(body)).toBeNull();
    expect(parseIntegrationsResponse({ data: [], more: 1 })).toStrictEqual([]);
  });

  it('drops one malformed integration, not the list', () => {
    const good = { unique_key: 'a', provider: 'p' };
    const bad = [...junk, { unique_key: '' , provider: 'p' }, { unique_key: 'a', provider: '' }, { unique_key: 'a' }, { provider: 'p' }, { unique_key: 1, provider: 'p' }];
    expect(parseIntegrationsResponse({ data: [good, ...bad, { ...good, unique_key: 'b' }] })).toStrictEqual([good, { ...good, unique_key: 'b' }]);
    expect(parseIntegrationsResponse({ data: bad })).toStrictEqual([]);
  });

  it('keeps unknown keys and drops (to undefined) a wrong-typed optional one', () => {
    const full = { unique_key: 'a', provider: 'p', display_name: 'A', logo: 'https://l', credentials_label: { apiKey: 'Key' }, preconfigured_credentials: ['x'], future: [1] };
    expect(parseIntegration(full)).toStrictEqual(full);
    expect(parseIntegration({ unique_key: 'a', provider: 'p', display_name: 1, logo: null, credentials_label: { a: 1 }, preconfigured_credentials: ['x', 2], more: [1] })).toStrictEqual({
      unique_key: 'a', provider: 'p', display_name: undefined, logo: undefined, credentials_label: undefined, preconfigured_credentials: undefined, more: [1],
    });
    expect(parseIntegration({ unique_key: 'a', provider: 'p', credentials_label: [], preconfigured_credentials: {} })).toStrictEqual({
      unique_key: 'a', provider: 'p', credentials_label: undefined, preconfigured_credentials: undefined,
    });
  });

  it('never copies a `__proto__` key', () => {
    const [item] = parseIntegrationsResponse(parsedJson('{"data":[{"__proto__":{"display_name":"planted"},"unique_key":"a","provider":"p","credentials_label":{"__proto__":"x"}}]}')) ?? [];
    expect(item).toStrictEqual({ unique_key: 'a', provider: 'p', credentials_label: {} });
    expect(item?.display_name).toBeUndefined();
    expect(parseIntegration(parsedJson('{"__proto__":{"unique_key":"a","provider":"p"}}'))).toBeNull();
  });

  it('reads a long list, keeping its order', () => {
    const data = Array.from({ length: 5_000 }, (_, index) => ({ unique_key: `k${index}`, provider: 'p', display_name: `Name ${index}` }));
    expect(parseIntegrationsResponse({ data })).toStrictEqual(data);
  });
});

describe('parseConnectUISettings', () => {
  it('reads the closed settings shape, extra keys left out', () => {
    expectTypeOf(parseConnectUISettings).returns.toEqualTypeOf<ConnectUISettings | null>();
    expect(parseConnectUISettings({ ...settings, extra: 1, theme: { light: { primary: 'a', x: 1 }, dark: { primary: 'b' }, y: 2 } })).toStrictEqual({
      ...settings, theme: { light: { primary: 'a' }, dark: { primary: 'b' } },
    });
    for (const defaultTheme of ['light', 'dark', 'system'] as const) expect(parseConnectUISettings({ ...settings, defaultTheme })).toStrictEqual({ ...settings, defaultTheme });
  });

  it('fails on any missing or wrong part', () => {
    const wrong = [
      ...junk,
      { ...settings, defaultTheme: 'blue' },
      { ...settings, defaultTheme: undefined },
      { ...settings, showWatermark: 'true' },
      { ...settings, showWatermark: undefined },
      { ...settings, theme: null },
      { ...settings, theme: [] },
      { ...settings, theme: { light: { primary: 'a' } } },
      { ...settings, theme: { light: { primary: 1 }, dark: { primary: 'b' } } },
      { ...settings, theme: { light: [], dark: { primary: 'b' } } },
      parsedJson(`{"__proto__":${JSON.stringify(settings)}}`),
      parsedJson(`{"theme":{"__proto__":{"light":{"primary":"a"},"dark":{"primary":"b"}}},"defaultTheme":"dark","showWatermark":true}`),
    ];
    for (const value of wrong) expect([value, parseConnectUISettings(value)]).toStrictEqual([value, null]);
  });
});

describe('parseErrorEnvelope', () => {
  it('reads a string or an object error, with wrong-typed code or message dropped', () => {
    expect(parseErrorEnvelope({ error: 'bad_thing' })).toStrictEqual({ error: 'bad_thing' });
    expect(parseErrorEnvelope({ error: { code: 'a', message: 'm', more: 1 }, x: 1 })).toStrictEqual({ error: { code: 'a', message: 'm', more: 1 }, x: 1 });
    expect(parseErrorEnvelope({ error: { code: 5, message: ['m'] } })).toStrictEqual({ error: { code: undefined, message: undefined } });
    expect(parseErrorEnvelope({ error: {} })).toStrictEqual({ error: {} });
  });

  it('is no envelope without an `error` string or object', () => {
    for (const value of [...junk, { error: null }, { error: 5 }, { error: ['x'] }, { errors: 'x' }, [{ error: 'x' }], parsedJson('{"__proto__":{"error":"x"}}')]) {
      expect([value, parseErrorEnvelope(value)]).toStrictEqual([value, null]);
    }
  });
});
