import type { WidgetMessage } from './types';
import { errorTypes } from './errors';
import { stepNames } from './steps';

// The host SDK's parser for widget messages. Hand-written rather than zod, and table-driven so
// each field is named once, because the script-tag SDK has a 2 KB budget; `widget-guard.test.ts`
// checks it agrees with `widgetMessageSchema` (including on fuzzed input).

type Fields = Record<string, unknown>;
/** A `typeof`, `count` (a safe integer ≥ 0) or the allowed values; a leading `?` makes it optional. */
type Kind = 'string' | 'boolean' | 'count';
type Rule = Kind | `?${Kind}` | readonly string[];

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** Whether `value` fits `rule`; an optional field may also be missing (`undefined`). */
const fits = (value: unknown, rule: Rule): boolean =>
  typeof rule === 'object'
    ? (rule as readonly unknown[]).includes(value)
    : rule[0] === '?'
      ? value === undefined || fits(value, rule.slice(1) as Rule)
      : rule === 'count'
        ? Number.isSafeInteger(value) && (value as number) >= 0
        : typeof value === rule;

/** The fields of `shape`, each checked and copied one by one: nothing else (no `__proto__`) comes along. */
function read(source: unknown, shape: Record<string, Rule>): Fields | null {
  if (!isObject(source)) return null;
  const result: Fields = {};
  for (const key in shape) {
    const value = source[key];
    if (!fits(value, shape[key]!)) return null;
    if (value !== undefined) result[key] = value;
  }
  return result;
}

const connectShape = { providerConfigKey: 'string', connectionId: 'string', isPending: '?boolean', isReconnect: '?boolean' } as const;
const errorShape = { errorType: errorTypes, errorMessage: 'string', errorCode: '?string' } as const;
const stepShape = { name: stepNames, integration: '?string', resultCount: '?count' } as const;

export function guardWidgetMessage(data: unknown): WidgetMessage | null {
  if (!isObject(data)) return null;
  const { type, height } = data;
  if (type === 'ready' || type === 'close') return { type };
  if (type === 'resize') return typeof height === 'number' && height >= 0 && height <= 100_000 ? { type, height } : null;
  const shape = type === 'connect' ? connectShape : type === 'error' ? errorShape : type === 'step' ? stepShape : null;
  const payload = shape && read(data.payload, shape);
  // The shape was picked by `type`, and `read` checked each field against it.
  return payload && ({ type, payload } as WidgetMessage);
}
