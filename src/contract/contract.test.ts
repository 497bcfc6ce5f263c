import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ConnectUISettings as ProtocolSettings } from '../protocol/messages';
import {
  connectionResponse, connectUISettingsSchema, fieldSchema, fieldsSchema, integrationSchema, integrationsResponse, providerSchema, sessionSchema,
} from './connect';
import type { ConnectionResponse, ConnectUISettings, FieldDefinition, FieldDefinitions, Integration, Provider, Session } from './types';
import { z } from './zod';

describe('the contract', () => {
  it('each schema infers exactly its published type (checked by the type checker)', () => {
    expectTypeOf<z.infer<typeof sessionSchema>>().toEqualTypeOf<Session>();
    expectTypeOf<z.infer<typeof integrationSchema>>().toEqualTypeOf<Integration>();
    expectTypeOf<z.infer<typeof providerSchema>>().toEqualTypeOf<Provider>();
    expectTypeOf<z.infer<typeof fieldSchema>>().toEqualTypeOf<FieldDefinition>();
    expectTypeOf<z.infer<typeof fieldsSchema>>().toEqualTypeOf<FieldDefinitions>();
    expectTypeOf<z.infer<typeof connectionResponse>>().toEqualTypeOf<ConnectionResponse>();
    expectTypeOf<z.infer<typeof connectUISettingsSchema>>().toEqualTypeOf<ConnectUISettings>();
    // The session's settings are the ones the widget's `settings_changed` message carries.
    expectTypeOf<ConnectUISettings>().toEqualTypeOf<ProtocolSettings>();
  });

  it('drops one malformed integration, not the list; keeps an unknown auth mode as text', () => {
    const list = z.parse(integrationsResponse, { data: [{ unique_key: 'a', provider: 'p' }, { unique_key: '' }, 42] });
    expect(list.data).toEqual([{ unique_key: 'a', provider: 'p' }, null, null]);
    expect(z.parse(providerSchema, { auth_mode: 'FUTURE_MODE', credentials: { apiKey: 'not an object', token: { title: 7 } } })).toEqual({
      auth_mode: 'FUTURE_MODE',
      credentials: { apiKey: null, token: { title: undefined } },
    });
  });
});
