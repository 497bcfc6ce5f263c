import { z } from '../../protocol/zod';

// Provider field definitions come from a catalogue we do not control: every key
// is optional and a key of the wrong type is dropped rather than failing the whole provider.
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const text = optional(z.string());
const scalar = optional(z.union([z.string(), z.number(), z.boolean()]));
// The yaml writes booleans; Nango's types say string. Accept both spellings.
const flag = optional(z.union([z.boolean(), z.enum(['true', 'false'])]));

export const fieldSchema = z.looseObject({
  title: text,
  description: text,
  example: scalar,
  pattern: text,
  format: text,
  optional: flag,
  default_value: scalar,
  hidden: flag,
  automated: flag,
  secret: flag,
  prefix: text,
  suffix: text,
  doc_section: text,
  enum: optional(z.array(z.union([z.string(), z.number()]))),
  order: optional(z.number()),
});
export type FieldDefinition = z.infer<typeof fieldSchema>;

/** A map of field definitions; an entry that is not an object at all becomes `null` and is skipped. */
export const fieldsSchema = optional(z.record(z.string(), z.catch(z.nullable(fieldSchema), null)));
export type FieldDefinitions = z.infer<typeof fieldsSchema>;

export const isOn = (value: boolean | 'true' | 'false' | undefined): boolean => value === true || value === 'true';
