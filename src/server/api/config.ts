import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { allowedHostPattern } from './oauth/provider-url';

/** `https://app.example.com`: scheme, host and port only (a trailing slash is tolerated). */
export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
    return isHttp && value.trim().replace(/\/$/, '') === url.origin ? url.origin : null;
  } catch {
    return null;
  }
}

const originSchema = z.string().refine((value) => parseOrigin(value) !== null, { message: 'expected an origin such as https://app.example.com' });

const integrationKey = z.string().regex(/^[a-zA-Z0-9~:.@ _-]+$/).max(255);
const colour = z.string().min(1).max(64);

/** PKCS#1 PEM, as the app settings of a GitHub-App-like provider hand it out (and as Nango accepts it). */
const appPrivateKeySchema = z.string().regex(/^-----BEGIN RSA PRIVATE KEY-----[\s\S]*-----END RSA PRIVATE KEY-----\s*$/, 'expected an RSA private key in PEM (-----BEGIN RSA PRIVATE KEY-----)');

const integrationSchema = z.strictObject({
  unique_key: integrationKey,
  provider: z.string().regex(/^[a-zA-Z0-9_-]+$/),
  display_name: z.string().min(1).max(255).optional(),
  oauth_client_id: z.string().min(1).optional(),
  oauth_client_secret: z.string().min(1).optional(),
  oauth_scopes: z.array(z.string().min(1)).optional(),
  /** APP and CUSTOM providers: the app's id, its public install page and its private key (sealed at rest like the client secret). */
  app_id: z.string().min(1).max(255).optional(),
  app_link: z.url().optional(),
  app_private_key: appPrivateKeySchema.optional(),
  /** Hosts the end user may point a provider at where the provider takes its domain from them (`*.example.com` allowed). */
  allowed_hosts: z.array(z.string().regex(allowedHostPattern, 'expected a host name such as canvas.example.edu or *.example.edu')).nullable().optional(),
});

/** The configuration file (JSON). Every key is optional; see `defaultConfig` for what `npm start` uses. */
export const configSchema = z.strictObject({
  environment: z.string().min(1).max(255).optional(),
  integrations: z.array(integrationSchema).optional(),
  webhooks: z
    .strictObject({
      url: z.url().nullable().optional(),
      secondary_url: z.url().nullable().optional(),
      on_auth_creation: z.boolean().optional(),
      on_auth_refresh_error: z.boolean().optional(),
      signing_key: z.string().min(8).optional(),
    })
    .optional(),
  connect_ui: z
    .strictObject({
      default_theme: z.enum(['light', 'dark', 'system']).optional(),
      primary_light: colour.optional(),
      primary_dark: colour.optional(),
      show_watermark: z.boolean().optional(),
    })
    .optional(),
  providers_yaml: z.string().min(1).optional(),
  /** Origins OAuth redirect mode may send the tab back to; added to PLUGBOARD_RETURN_ORIGINS. */
  return_origins: z.array(originSchema).optional(),
  /** What `GET /environment-variables` answers (Nango's dashboard "Environment variables"). */
  environment_variables: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).max(256), z.string().max(4000))
    .refine((variables) => Object.keys(variables).length <= 100, { message: 'At most 100 environment variables' })
    .optional(),
  /** The built-in OAuth2 test provider: how long its access tokens live (short ones exercise refresh). */
  test_provider: z
    .strictObject({ access_token_ttl_seconds: z.number().int().min(1).max(86_400).optional() })
    .optional(),
  rate_limit: z
    .strictObject({
      window_ms: z.number().int().positive().optional(),
      max_requests: z.number().int().positive().optional(),
    })
    .optional(),
});

export type ApiConfig = z.infer<typeof configSchema>;
export type IntegrationConfig = z.infer<typeof integrationSchema>;

/** Reads and validates the config file; a bad file throws an Error naming the offending field. */
export function loadConfigFile(path: string): ApiConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read the config file ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const config = parseConfig(raw, path);
  // A relative path in the file means beside the file, never the current directory.
  if (config.providers_yaml) config.providers_yaml = resolve(dirname(path), config.providers_yaml);
  return config;
}

export function parseConfig(raw: unknown, source = 'config'): ApiConfig {
  const parsed = configSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid ${source}: ${problems.join('; ')}`);
}

/** One demo integration per built-in test provider: what `npm start` shows in the widget. */
export const defaultIntegrations: IntegrationConfig[] = [
  { unique_key: 'demo-api-key', provider: 'test-api-key' },
  { unique_key: 'demo-basic', provider: 'test-basic' },
  {
    unique_key: 'demo-oauth2',
    provider: 'test-oauth2',
    oauth_client_id: 'plugboard-demo',
    oauth_client_secret: 'plugboard-demo-secret',
    oauth_scopes: ['contacts.read', 'deals.read'],
  },
  { unique_key: 'demo-oauth2-cc', provider: 'test-oauth2-cc' },
  { unique_key: 'demo-none', provider: 'test-none' },
  { unique_key: 'demo-tba', provider: 'test-tba' },
  { unique_key: 'demo-jwt', provider: 'test-jwt' },
  { unique_key: 'demo-two-step', provider: 'test-two-step' },
  { unique_key: 'demo-bill', provider: 'test-bill' },
  { unique_key: 'demo-signature', provider: 'test-signature' },
  { unique_key: 'demo-aws-sigv4', provider: 'test-aws-sigv4' },
  { unique_key: 'demo-oauth2-outbound', provider: 'test-oauth2-outbound' },
];
