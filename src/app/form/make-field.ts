import { isOn, type FieldDefinition } from '../api/field-schema';
import { compilePattern } from './compile-pattern';
import { defaultFields } from './default-fields';
import type { FieldFormat, FieldGroup, FieldSpec, Label } from './field-spec';
import { fieldDocUrl } from './safe-url';

/** What the whole form shares when one field is decided. */
export interface FieldContext {
  /** Session `integrations_config_defaults[key].connection_config`, as text. */
  presets: Record<string, string>;
  /** Integration `credentials_label`. */
  credentialLabels: Record<string, string>;
  guideUrl: string | null;
  isGuideOverride: boolean;
}

export interface FieldRequest {
  group: FieldGroup;
  name: string;
  definition: FieldDefinition | null;
  order: number;
  /** Overrides the definition's `optional` (base fields, the TWO_STEP fallback). */
  optional?: boolean;
}

const formats: readonly FieldFormat[] = ['hostname', 'uuid', 'uri', 'email'];
const asFormat = (value: string | undefined): FieldFormat | null => formats.find((format) => format === value) ?? null;
const asText = (value: string | number | boolean | undefined): string | undefined =>
  value === undefined ? undefined : String(value);

function labelOf(request: FieldRequest, override: string | undefined): Label {
  if (override) return { text: override };
  if (request.definition?.title) return { text: request.definition.title };
  const fallback = Object.hasOwn(defaultFields, request.name) ? defaultFields[request.name] : undefined;
  return fallback ? { key: fallback.label } : { text: request.name };
}

function initialValueOf(preset: string | undefined, defaultValue: string | undefined, options: string[] | null, isOptional: boolean): string {
  if (preset !== undefined) return preset;
  if (defaultValue !== undefined) return defaultValue;
  // A required choice starts on its first option.
  return options && !isOptional ? (options[0] ?? '') : '';
}

/** Decides one field from its provider definition and the session. */
export function makeField(request: FieldRequest, context: FieldContext): FieldSpec {
  const { group, name, definition } = request;
  const fallback = group === 'credentials' && Object.hasOwn(defaultFields, name) ? defaultFields[name] : undefined;
  const labelOverride = group === 'credentials' ? context.credentialLabels[name] : undefined;
  const preset = group === 'params' && Object.hasOwn(context.presets, name) ? context.presets[name] : undefined;
  const isOptional = request.optional ?? isOn(definition?.optional);
  const defaultValue = asText(definition?.default_value);
  const options = definition?.enum?.length ? definition.enum.map(String) : null;
  return {
    key: `${group}.${name}`,
    group,
    name,
    label: labelOf(request, labelOverride),
    description: labelOverride ? null : (definition?.description ?? null),
    placeholder: labelOverride ? null : (asText(definition?.example) ?? fallback?.example ?? null),
    isSecret: definition?.secret !== undefined ? isOn(definition.secret) : (fallback?.isSecret ?? false),
    format: asFormat(definition?.format),
    pattern: compilePattern(definition?.pattern),
    isOptional,
    isRequired: !isOptional && defaultValue === undefined,
    initialValue: initialValueOf(preset, defaultValue, options, isOptional),
    isHidden: isOn(definition?.hidden) || preset !== undefined,
    options,
    prefix: definition?.prefix || null,
    suffix: definition?.suffix || null,
    docUrl: fieldDocUrl(context.guideUrl, definition?.doc_section, context.isGuideOverride),
    order: request.order,
  };
}
