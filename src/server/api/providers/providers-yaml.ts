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
 * Loads a Nango-style providers.yaml (compat §5.5): aliases are resolved in file order by a
 * shallow merge; entries that still lack a display name or a known auth mode are skipped.
 */
export function loadProvidersYaml(path: string): { providers: Record<string, Provider>; skipped: string[] } {
  const document = documentSchema.safeParse(yaml.load(readFileSync(path, 'utf8')));
  if (!document.success) throw new Error(`Invalid providers file ${path}: expected a mapping of provider names to objects`);
  const resolved: Record<string, Record<string, unknown>> = {};
  const providers: Record<string, Provider> = {};
  const skipped: string[] = [];
  for (const [name, raw] of Object.entries(document.data)) {
    const { alias, ...own } = raw;
    const base = typeof alias === 'string' ? resolved[alias] : undefined;
    const merged = { ...base, ...own };
    resolved[name] = merged;
    const entry = entrySchema.safeParse(merged);
    if (entry.success) providers[name] = entry.data;
    else skipped.push(name);
  }
  return { providers, skipped };
}
