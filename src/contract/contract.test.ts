import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ConnectUISettings as ProtocolSettings } from '../protocol/messages';
import { connectUISettingsSchema } from '../protocol/messages';
import { connectionResponse, fieldSchema, fieldsSchema, parseIntegrationsResponse, parseSession, parseIntegration, providerSchema } from './connect';
import type { ConnectionResponse, ConnectUISettings, FieldDefinition, FieldDefinitions, Integration, Provider, Session } from './types';
import { z } from './zod';

describe('the contract', () => {
  it('each schema infers exactly its published type (checked by the type checker)', () => {
    // The first load's answers are hand-written parsers (first-load.ts) that return exactly their types.
    expectTypeOf(parseSession).returns.toEqualTypeOf<Session | null>();
    expectTypeOf(parseIntegration).returns.toEqualTypeOf<Integration | null>();
    expectTypeOf<z.infer<typeof providerSchema>>().toEqualTypeOf<Provider>();
    expectTypeOf<z.infer<typeof fieldSchema>>().toEqualTypeOf<FieldDefinition>();
    expectTypeOf<z.infer<typeof fieldsSchema>>().toEqualTypeOf<FieldDefinitions>();
    expectTypeOf<z.infer<typeof connectionResponse>>().toEqualTypeOf<ConnectionResponse>();
    expectTypeOf<z.infer<typeof connectUISettingsSchema>>().toEqualTypeOf<ConnectUISettings>();
    // The session's settings are the ones the widget's `settings_changed` message carries.
    expectTypeOf<ConnectUISettings>().toEqualTypeOf<ProtocolSettings>();
  });

  it('drops one malformed integration, not the list; keeps an unknown auth mode as text', () => {
    const list = parseIntegrationsResponse({ data: [{ unique_key: 'a', provider: 'p' }, { unique_key: '' }, 42] });
    expect(list).toEqual([{ unique_key: 'a', provider: 'p' }]);
    expect(z.parse(providerSchema, { auth_mode: 'FUTURE_MODE', credentials: { apiKey: 'not an object', token: { title: 7 } } })).toEqual({
      auth_mode: 'FUTURE_MODE',
      credentials: { apiKey: null, token: { title: undefined } },
    });
  });
});
