import type { ConnectionResult, ErrorPayload, WidgetMessage } from './types';
import { errorTypes, type ErrorType } from './errors';

// The host SDK's parser for widget messages. Hand-written rather than zod so the script-tag SDK
// stays under its 2.5 KB budget; `widget-guard.test.ts` checks it agrees with `widgetMessageSchema`.

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isOptional = (value: unknown, type: 'boolean' | 'string') => value === undefined || typeof value === type;
const isErrorType = (value: unknown): value is ErrorType => (errorTypes as readonly unknown[]).includes(value);

function readConnectionResult(payload: unknown): ConnectionResult | null {
  if (!isObject(payload)) return null;
  const { providerConfigKey, connectionId, isPending, isReconnect } = payload;
  if (typeof providerConfigKey !== 'string' || typeof connectionId !== 'string') return null;
  if (!isOptional(isPending, 'boolean') || !isOptional(isReconnect, 'boolean')) return null;
  const result: ConnectionResult = { providerConfigKey, connectionId };
  if (typeof isPending === 'boolean') result.isPending = isPending;
  if (typeof isReconnect === 'boolean') result.isReconnect = isReconnect;
  return result;
}

function readErrorPayload(payload: unknown): ErrorPayload | null {
  if (!isObject(payload)) return null;
  const { errorType, errorMessage, errorCode } = payload;
  if (!isErrorType(errorType) || typeof errorMessage !== 'string' || !isOptional(errorCode, 'string')) return null;
  const result: ErrorPayload = { errorType, errorMessage };
  if (typeof errorCode === 'string') result.errorCode = errorCode;
  return result;
}

export function guardWidgetMessage(data: unknown): WidgetMessage | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'ready':
    case 'close':
      return { type: data.type };
    case 'connect': {
      const payload = readConnectionResult(data.payload);
      return payload && { type: 'connect', payload };
    }
    case 'error': {
      const payload = readErrorPayload(data.payload);
      return payload && { type: 'error', payload };
    }
    default:
      return null;
  }
}
