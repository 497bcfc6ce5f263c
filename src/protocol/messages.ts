import { z } from './zod';
import { errorTypes } from './errors';
import { stepNames } from './steps';
import { parseConnectUISettings } from './settings';
import type { ConnectUISettings } from './types';

// Wire-identical to Nango's frontend SDK. Objects are loose on purpose: additive
// fields from a newer peer must not make a message unreadable.

/** The settings' one definition is the hand-written `parseConnectUISettings`; zod only wraps it. */
export const connectUISettingsSchema = z.pipe(
  z.unknown(),
  z.transform((value: unknown, context): ConnectUISettings => {
    const settings = parseConnectUISettings(value);
    if (settings) return settings;
    context.issues.push({ code: 'custom', message: 'Invalid Connect UI settings', input: value });
    return z.NEVER;
  }),
);
export type { ConnectUISettings };

export const connectionResultSchema = z.object({
  providerConfigKey: z.string(),
  connectionId: z.string(),
  isPending: z.optional(z.boolean()),
  /** Plugboard addition: true when an existing connection was re-authorised. */
  isReconnect: z.optional(z.boolean()),
});
export type ConnectionResult = z.infer<typeof connectionResultSchema>;

export const errorPayloadSchema = z.object({
  errorType: z.enum(errorTypes),
  errorMessage: z.string(),
  /** Plugboard addition: the raw code the API or provider sent, when there was one. */
  errorCode: z.optional(z.string()),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

/** Plugboard addition: one step of the user's, sent only to a host that asked (`events=all`). */
export const stepEventSchema = z.object({
  name: z.enum(stepNames),
  /** The integration's key, where the step is about one. */
  integration: z.optional(z.string()),
  /** `search` only: how many integrations match (never the query). */
  resultCount: z.optional(z.number().check(z.int(), z.gte(0))),
});
export type StepEvent = z.infer<typeof stepEventSchema>;

/** iframe → host page */
export const widgetMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('connect'), payload: connectionResultSchema }),
  z.object({ type: z.literal('error'), payload: errorPayloadSchema }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('step'), payload: stepEventSchema }),
  // Plugboard addition: the inline widget's content height in CSS pixels, which the SDK applies
  // to the iframe and does not pass on. Sent only to an inline widget's host (`inline=true`).
  z.object({ type: z.literal('resize'), height: z.number().check(z.gte(0), z.lte(100_000)) }),
]);
export type WidgetMessage = z.infer<typeof widgetMessageSchema>;

/** host page → iframe */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session_token'), sessionToken: z.string().check(z.minLength(1), z.maxLength(512)) }),
  z.object({ type: z.literal('settings_changed'), payload: connectUISettingsSchema }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** Parses what the host page sent; anything else is `null`, never a throw. */
export function parseHostMessage(data: unknown): HostMessage | null {
  const result = z.safeParse(hostMessageSchema, data);
  return result.success ? result.data : null;
}

/** Parses what the widget sent; anything else is `null`, never a throw. */
export function parseWidgetMessage(data: unknown): WidgetMessage | null {
  const result = z.safeParse(widgetMessageSchema, data);
  return result.success ? result.data : null;
}
