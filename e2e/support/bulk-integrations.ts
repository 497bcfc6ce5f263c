import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customAuthDemoIntegrations } from '../../src/server/api/bootstrap';
import { defaultIntegrations, type IntegrationConfig } from '../../src/server/api/config';

/** The n-th bulk integration: keys sort in number order, names are what a user would search for. */
export const bulkKey = (index: number) => `bulk-${String(index).padStart(5, '0')}`;
export const bulkName = (index: number) => `Bulk integration ${index}`;

export function bulkIntegrations(count: number): IntegrationConfig[] {
  return Array.from({ length: count }, (_, index) => ({ unique_key: bulkKey(index), provider: 'test-api-key', display_name: bulkName(index) }));
}

/**
 * A config file for the reference API: its demo integrations (what it seeds without a config)
 * and `count` bulk ones. A session's `allowed_integrations` picks which of them it shows.
 */
export function writeBulkConfig(dir: string, apiUrl: string, count: number): string {
  const path = join(dir, 'bulk-config.json');
  const integrations = [...defaultIntegrations, ...customAuthDemoIntegrations(apiUrl), ...bulkIntegrations(count)];
  writeFileSync(path, JSON.stringify({ integrations }));
  return path;
}

export const isBulkKey = (key: string) => key.startsWith('bulk-');
