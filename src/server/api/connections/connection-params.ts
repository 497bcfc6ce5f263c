import { compilePattern } from '../../../client/validate';
import type { ErrorDetail } from '../http/api-error';
import { apiError } from '../http/api-error';
import type { Provider, ProviderField } from '../providers/provider';
import type { Json } from '../store/store';

const maxValueLength = 2048;

const formatChecks: Record<NonNullable<ProviderField['format']>, { test: (value: string) => boolean; expected: string }> = {
  hostname: { test: (value) => /^[a-zA-Z0-9.-]+$/.test(value), expected: 'a host name (letters, digits, dots and hyphens)' },
  uuid: { test: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value), expected: 'a UUID' },
  uri: { test: (value) => URL.canParse(value), expected: 'an absolute URL' },
  email: { test: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), expected: 'an email address' },
};

const isOn = (flag: unknown) => flag === true || flag === 'true';

/**
 * Checks the end user's `params` against the provider's `connection_config` before anything is
 * sent to a provider: `format`, `pattern`, `enum`, length, and that every required field has a
 * value (from `params` or from the session). The widget runs the same checks, but it is not a
 * control: anyone can call the API directly. Unknown names pass (Nango stores them too).
 * Throws 400 `invalid_query_params` whose message and `errors[].path` name the field.
 */
export function assertConnectionParams(provider: Provider, params: Record<string, string>, sessionConfig: Record<string, Json>): void {
  const problems: ErrorDetail[] = [];
  const fields = provider.connection_config ?? {};
  for (const [name, field] of Object.entries(fields)) {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    const problem = value === undefined || value === ''
      ? (isRequired(field) && !hasSessionValue(sessionConfig, name) ? 'is required' : null)
      : problemWith(field, value);
    if (problem) problems.push({ code: 'custom', message: `"${field.title || name}" ${problem}`, path: ['params', name] });
  }
  for (const [name, value] of Object.entries(params)) {
    if (value.length > maxValueLength) problems.push({ code: 'too_big', message: `is longer than ${maxValueLength} characters`, path: ['params', name] });
  }
  if (problems.length > 0) {
    throw apiError(400, 'invalid_query_params', problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '), problems);
  }
}

function isRequired(field: ProviderField): boolean {
  return !isOn(field.optional) && !isOn(field.automated) && field.default_value === undefined;
}

function hasSessionValue(config: Record<string, Json>, name: string): boolean {
  return Object.hasOwn(config, name) && config[name] !== null && config[name] !== '';
}

function problemWith(field: ProviderField, value: string): string | null {
  if (field.enum && field.enum.length > 0 && !field.enum.map(String).includes(value)) return `must be one of ${field.enum.join(', ')}`;
  const format = field.format && Object.hasOwn(formatChecks, field.format) ? formatChecks[field.format] : undefined;
  if (format && !format.test(value)) return `must be ${format.expected}${field.example ? `, such as ${field.example}` : ''}`;
  // A pattern that does not compile or could backtrack catastrophically is skipped, as in the widget.
  const pattern = compilePattern(field.pattern);
  if (pattern && !pattern.test(value)) return `does not match the expected format${field.example ? ` (for example ${field.example})` : ''}`;
  return null;
}
