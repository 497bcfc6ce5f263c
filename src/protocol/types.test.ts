import { describe, expectTypeOf, it } from 'vitest';
import type { z } from './zod';
import type { connectionResultSchema, connectUISettingsSchema, errorPayloadSchema, hostMessageSchema, stepEventSchema, widgetMessageSchema } from './messages';
import type { ConnectionResult, ConnectUISettings, ErrorPayload, HostMessage, StepEvent, WidgetMessage } from './types';

// The published `.d.ts` must not import zod (the `plugboard` package has no dependencies), so the
// wire types are written out by hand in types.ts. `npm run typecheck` fails here the moment a
// schema and its hand-written type drift apart.

describe('hand-written wire types', () => {
  it('equal the types inferred from the zod schemas', () => {
    expectTypeOf<ConnectUISettings>().toEqualTypeOf<z.infer<typeof connectUISettingsSchema>>();
    expectTypeOf<ConnectionResult>().toEqualTypeOf<z.infer<typeof connectionResultSchema>>();
    expectTypeOf<ErrorPayload>().toEqualTypeOf<z.infer<typeof errorPayloadSchema>>();
    expectTypeOf<StepEvent>().toEqualTypeOf<z.infer<typeof stepEventSchema>>();
    expectTypeOf<WidgetMessage>().toEqualTypeOf<z.infer<typeof widgetMessageSchema>>();
    expectTypeOf<HostMessage>().toEqualTypeOf<z.infer<typeof hostMessageSchema>>();
  });
});
