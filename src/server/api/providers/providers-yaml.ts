import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'zod';
import { authModes, type Provider } from './provider';

const entrySchema = z.looseObject({
  display_name: z.string().min(1),
  auth_mode: z.enum(authModes),
});
const documentSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

/**
 * Loads a Nango-style providers.yaml: `alias: <other>` entries are a shallow merge
 * over the other entry (which may come later in the file); entries that still lack a display
 * name or a known auth mode are skipped.
 */
export function loadProvidersYaml(path: string): { providers: Record<string, Provider>; skipped: string[] } {
  const document = documentSchema.safeParse(yaml.load(readText(path)));
  if (!document.success) throw new Error(`Invalid providers file ${path}: expected a mapping of provider names to objects`);
  const raw = document.data;
  const resolved = new Map<string, Record<string, unknown>>();
  const resolve = (name: string, seen: Set<string>): Record<string, unknown> => {
    const cached = resolved.get(name);
    if (cached) return cached;
    const { alias, ...own } = raw[name] ?? {};
    const isResolvable = typeof alias === 'string' && alias in raw && !seen.has(alias);
    const merged = isResolvable ? { ...resolve(alias, new Set([...seen, name])), ...own } : own;
    resolved.set(name, merged);
    return merged;
  };
  const providers: Record<string, Provider> = {};
  const skipped: string[] = [];
  for (const name of Object.keys(raw)) {
    const entry = entrySchema.safeParse(resolve(name, new Set([name])));
    if (entry.success) providers[name] = entry.data;
    else skipped.push(name);
  }
  return { providers, skipped };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const reason = err instanceof Error && 'code' in err && err.code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err);
    throw new Error(`Cannot read the provider catalogue ${path} (PLUGBOARD_PROVIDERS_YAML or providers_yaml): ${reason}`);
  }
}
