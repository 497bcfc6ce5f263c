import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { parseProvider } from '../../src/contract/provider';
import type { Provider } from '../../src/contract/types';

type RawEntry = Record<string, unknown>;

let cache: Map<string, RawEntry> | null = null;

const isRecord = (value: unknown): value is RawEntry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nango's full providers.yaml, aliases resolved by shallow merge in file order. */
export function catalogue(): Map<string, RawEntry> {
  if (cache) return cache;
  const parsed: unknown = load(readFileSync(resolve('node_modules/@nangohq/providers/providers.yaml'), 'utf8'));
  const entries = new Map<string, RawEntry>();
  for (const [key, value] of Object.entries(isRecord(parsed) ? parsed : {})) {
    if (!isRecord(value)) continue;
    const base = typeof value.alias === 'string' ? entries.get(value.alias) : undefined;
    entries.set(key, base ? { ...base, ...value } : value);
  }
  cache = entries;
  return entries;
}

/** A provider as `GET /providers/:provider` returns it, parsed like the widget parses it. */
export function catalogueProvider(key: string): Provider {
  const raw = catalogue().get(key);
  if (!raw) throw new Error(`no provider ${key}`);
  const provider = parseProvider({ ...raw, name: key, logo_url: `https://api.example.com/images/template-logos/${key}.svg` });
  if (!provider) throw new Error(`provider ${key} does not parse`);
  return provider;
}
