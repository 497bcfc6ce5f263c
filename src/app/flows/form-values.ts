import type { FieldGroup } from '../form/field-spec';

/** The form's values split by where they go on the wire. */
export type GroupedValues = Record<FieldGroup, Record<string, string>>;

/** Keys are `group.name` (e.g. `params.subdomain`); the name itself may contain dots. */
export function groupValues(values: Record<string, string>): GroupedValues {
  const grouped: GroupedValues = { credentials: {}, params: {}, assertion_option: {} };
  for (const [key, value] of Object.entries(values)) {
    const dot = key.indexOf('.');
    const group = key.slice(0, dot);
    if (group === 'credentials' || group === 'params' || group === 'assertion_option') {
      grouped[group][key.slice(dot + 1)] = value;
    }
  }
  return grouped;
}
