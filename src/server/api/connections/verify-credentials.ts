import { apiError } from '../http/api-error';
import type { Credentials, Json } from '../store/store';

type Check = (credentials: Credentials, connectionConfig: Record<string, Json>) => string | null;

const isTestSecret = (value: Json | undefined): boolean => typeof value === 'string' && value.startsWith('test_');

const requireTestSecret =
  (field: string, what: string, provider: string): Check =>
  (credentials) =>
    isTestSecret(credentials[field])
      ? null
      : `${provider} rejected the ${what}. This test provider accepts any ${what} that starts with "test_".`;

/**
 * The connection test of the built-in providers: what a real provider's
 * verification call would answer. Providers loaded from a providers.yaml are not tested.
 */
const builtInChecks: ReadonlyMap<string, Check> = new Map(Object.entries({
  'test-api-key': requireTestSecret('apiKey', 'API key', 'Test API Key'),
  'test-basic': requireTestSecret('password', 'API token', 'Test Basic Auth'),
  'test-tba': requireTestSecret('token_secret', 'token secret', 'Test Token-Based Auth'),
  'test-jwt': requireTestSecret('privateKey', 'private key', 'Test JWT'),
  'test-two-step': requireTestSecret('password', 'password', 'Test Two-Step'),
  'test-bill': requireTestSecret('password', 'password', 'Test Bill'),
  'test-signature': requireTestSecret('password', 'password', 'Test Signature'),
  'test-aws-sigv4': (credentials, config) => {
    const roleArn = credentials['role_arn'];
    if (typeof roleArn !== 'string' || !/^arn:aws:iam::\d{12}:role\/test_[\w+=,.@-]*$/.test(roleArn)) {
      return 'Test AWS SigV4 could not assume the role. Use an ARN like arn:aws:iam::123456789012:role/test_plugboard.';
    }
    return typeof config['external_id'] === 'string' && config['external_id'] !== '' ? null : 'The external ID is missing.';
  },
} satisfies Record<string, Check>));

/** Throws 400 `connection_test_failed` with a message the end user can act on. */
export function verifyCredentials(provider: string, credentials: Credentials, connectionConfig: Record<string, Json>): void {
  // A Map: a provider named `constructor` or `__proto__` must not find an inherited member.
  const problem = builtInChecks.get(provider)?.(credentials, connectionConfig) ?? null;
  if (problem !== null) throw apiError(400, 'connection_test_failed', problem);
}
