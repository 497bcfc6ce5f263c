import type { FieldFormat, FieldSpec } from './form';
import type { FormTextKey } from './form-text';

// A pattern this long is not a field format but an attack on the main thread.
const maxPatternLength = 1000;

/** `+`, `*` or `{n,}` at `index`: a quantifier with no upper bound. */
function isUnboundedQuantifier(source: string, index: number): boolean {
  const char = source[index];
  return char === '+' || char === '*' || (char === '{' && /^\{\d+,\}/.test(source.slice(index)));
}

/**
 * True when an unbounded quantifier applies to a group that itself holds one, e.g. `^(a+)+$`:
 * such a pattern backtracks exponentially and a provider definition (or a hostile API) could
 * freeze the widget with it. Character classes and escapes are skipped.
 */
export function hasNestedQuantifier(source: string): boolean {
  const groups: boolean[] = []; // for each open group: does it contain an unbounded quantifier?
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') groups.push(false);
    else if (char === ')') {
      const innerUnbounded = groups.pop() ?? false;
      const quantified = isUnboundedQuantifier(source, i + 1);
      if (innerUnbounded && quantified) return true;
      if (groups.length > 0 && (innerUnbounded || quantified)) groups[groups.length - 1] = true;
    } else if (groups.length > 0 && isUnboundedQuantifier(source, i)) groups[groups.length - 1] = true;
  }
  return false;
}

/**
 * Compiles a provider's pattern. One that does not compile in JavaScript (the catalogue has one)
 * or could backtrack catastrophically is rejected — the field is then checked without it, and the
 * API still validates — instead of crashing or freezing the form.
 */
export function compilePattern(source: string | undefined): RegExp | null {
  if (!source || source.length > maxPatternLength || hasNestedQuantifier(source)) return null;
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

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
export const issueMessages: Record<FieldIssue, FormTextKey> = {
  required: 'field.required',
  pattern: 'field.pattern',
  hostname: 'field.hostname',
  uuid: 'field.uuid',
  uri: 'field.uri',
  email: 'field.email',
};
