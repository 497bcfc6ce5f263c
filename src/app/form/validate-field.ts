import type { MessageKey } from '../i18n/en';
import type { FieldFormat, FieldSpec } from './field-spec';

export type FieldIssue = 'required' | 'pattern' | FieldFormat;

const uuid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const hostname = /^[a-zA-Z0-9.-]+$/;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isUri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

const formatChecks: Record<FieldFormat, (value: string) => boolean> = {
  hostname: (value) => hostname.test(value),
  uuid: (value) => uuid.test(value),
  uri: isUri,
  email: (value) => email.test(value),
};

/** The first problem with a value, or null. An empty optional value is always fine. */
export function validateField(field: FieldSpec, value: string): FieldIssue | null {
  if (value === '') return field.isRequired ? 'required' : null;
  if (field.format && !formatChecks[field.format](value)) return field.format;
  if (field.pattern && !field.pattern.test(value)) return 'pattern';
  return null;
}

/** The message of each issue; `{label}` is the field's label. */
export const issueMessages: Record<FieldIssue, MessageKey> = {
  required: 'field.required',
  pattern: 'field.pattern',
  hostname: 'field.hostname',
  uuid: 'field.uuid',
  uri: 'field.uri',
  email: 'field.email',
};
