import type { Provider } from './provider';

/**
 * The built-in test providers: one per auth mode the server implements, together covering every
 * field feature of Nango's provider definitions (prefix/suffix/pattern, enum, hidden + default_value, optional,
 * secret, doc_section, order, format). Credentials pass the built-in checks when the secret part
 * starts with `test_` (see `verify-credentials.ts`). URLs point at this very server.
 */
export function builtInProviders(publicUrl: string): Record<string, Provider> {
  const provider = `${publicUrl}/_test-provider`;
  const docs = (name: string) => `${provider}/docs/${name}`;
  return {
    'test-api-key': {
      display_name: 'Test API Key',
      auth_mode: 'API_KEY',
      categories: ['dev-tools'],
      docs: docs('test-api-key'),
      docs_connect: docs('test-api-key'),
      credentials: {
        apiKey: {
          type: 'string',
          title: 'API Key',
          description: 'Any key starting with test_ is accepted',
          example: 'test_4f9a…',
          secret: true,
          doc_section: '#api-key',
        },
      },
      connection_config: {
        region: {
          type: 'string',
          title: 'Region',
          description: 'Where your account data is stored',
          enum: ['us', 'eu', 'ap'],
          doc_section: '#region',
        },
        workspace: {
          type: 'string',
          title: 'Workspace',
          description: 'Leave empty to use your default workspace',
          example: 'marketing',
          optional: true,
        },
      },
    },
    'test-basic': {
      display_name: 'Test Basic Auth',
      auth_mode: 'BASIC',
      categories: ['crm'],
      docs: docs('test-basic'),
      docs_connect: docs('test-basic'),
      connection_config: {
        subdomain: {
          type: 'string',
          title: 'Account Domain',
          description: 'The subdomain of your account',
          example: 'acme',
          pattern: '^[a-z0-9_-]+$',
          prefix: 'https://',
          suffix: '.basic.plugboard.test',
          doc_section: '#account-domain',
          order: 1,
        },
      },
      credentials: {
        username: {
          type: 'string',
          title: 'Email Address',
          description: 'The email address you sign in with',
          example: 'jane@acme.test',
          format: 'email',
          doc_section: '#email-address',
        },
        password: {
          type: 'string',
          title: 'API Token',
          description: 'Any token starting with test_ is accepted',
          example: 'test_…',
          secret: true,
          doc_section: '#api-token',
        },
      },
    },
    'test-oauth2': {
      display_name: 'Test OAuth2',
      auth_mode: 'OAUTH2',
      categories: ['productivity'],
      docs: docs('test-oauth2'),
      docs_connect: docs('test-oauth2'),
      authorization_url: `${provider}/oauth2/authorize`,
      token_url: `${provider}/oauth2/token`,
      authorization_params: { prompt: 'consent' },
      default_scopes: ['contacts.read', 'deals.read'],
      scope_separator: ' ',
      connection_config: {
        api_version: {
          type: 'string',
          title: 'API Version',
          description: 'Pinned by the integration; never shown to the end user',
          default_value: 'v2',
          hidden: true,
        },
      },
    },
    'test-oauth2-cc': {
      display_name: 'Test OAuth2 Client Credentials',
      auth_mode: 'OAUTH2_CC',
      categories: ['dev-tools'],
      docs: docs('test-oauth2-cc'),
      docs_connect: docs('test-oauth2-cc'),
      token_url: `${provider}/oauth2/token`,
      credentials: {
        client_id: { type: 'string', title: 'Client ID', description: 'The ID of your API client', example: 'acme-client' },
        client_secret: {
          type: 'string',
          title: 'Client Secret',
          description: 'Any secret starting with test_ is accepted',
          example: 'test_…',
          secret: true,
          doc_section: '#client-secret',
        },
      },
      connection_config: {
        instance: {
          type: 'string',
          title: 'Instance Host',
          description: 'The host name of your instance',
          default_value: 'api.cc.plugboard.test',
          format: 'hostname',
          order: 1,
        },
        tenant_id: {
          type: 'string',
          title: 'Tenant ID',
          description: 'Only needed for multi-tenant accounts',
          example: '3f2b8c1e-9d4a-4e7b-8c2d-1a5f6e7d8c9b',
          format: 'uuid',
          optional: true,
        },
      },
    },
    'test-none': {
      display_name: 'Test Public API',
      auth_mode: 'NONE',
      categories: ['other'],
      docs: docs('test-none'),
    },
    ...otherModeProviders(provider, docs),
  };
}

function otherModeProviders(provider: string, docs: (name: string) => string): Record<string, Provider> {
  const secret = (title: string) => ({ type: 'string' as const, title, description: 'Starts with test_', secret: true });
  return {
    'test-tba': {
      display_name: 'Test Token-Based Auth',
      auth_mode: 'TBA',
      docs_connect: docs('test-tba'),
      connection_config: {
        accountId: { type: 'string', title: 'Account ID', example: '1234567_SB1', pattern: '^[0-9A-Za-z_]+$' },
      },
    },
    'test-jwt': {
      display_name: 'Test JWT',
      auth_mode: 'JWT',
      docs_connect: docs('test-jwt'),
      credentials: {
        issuerId: { type: 'string', title: 'Issuer ID', example: 'acme-issuer' },
        privateKeyId: { type: 'string', title: 'Key ID', example: 'key-1' },
        privateKey: secret('Private Key'),
      },
    },
    'test-two-step': {
      display_name: 'Test Two-Step',
      auth_mode: 'TWO_STEP',
      docs_connect: docs('test-two-step'),
      token_url: `${provider}/two-step/token`,
      credentials: {
        email: { type: 'string', title: 'Email', format: 'email', example: 'jane@acme.test' },
        password: secret('Password'),
      },
    },
    'test-bill': { display_name: 'Test Bill', auth_mode: 'BILL', docs_connect: docs('test-bill') },
    'test-signature': { display_name: 'Test Signature', auth_mode: 'SIGNATURE', docs_connect: docs('test-signature') },
    'test-aws-sigv4': {
      display_name: 'Test AWS SigV4',
      auth_mode: 'AWS_SIGV4',
      docs_connect: docs('test-aws-sigv4'),
    },
    ...customAuthProviders(provider, docs),
    'test-oauth2-outbound': {
      display_name: 'Test OAuth2 Outbound',
      auth_mode: 'OAUTH2',
      installation: 'outbound',
      docs_connect: docs('test-oauth2-outbound'),
      authorization_url: `${provider}/oauth2/authorize`,
      token_url: `${provider}/oauth2/token`,
    },
  };
}

/**
 * The custom authorizations (GitHub App pattern): an app install (APP), install plus user OAuth
 * (CUSTOM, Nango's `github-app-oauth`), and OAuth 1.0a. The install page is the integration's
 * app link (`/_test-provider/apps/<slug>`); `app_token_url` is where CUSTOM gets its installation token.
 */
function customAuthProviders(provider: string, docs: (name: string) => string): Record<string, Provider> {
  const installationTokenUrl = `${provider}/app/installations/\${connectionConfig.installation_id}/access_tokens`;
  return {
    'test-app': {
      display_name: 'Test App Install',
      auth_mode: 'APP',
      categories: ['dev-tools'],
      docs_connect: docs('test-app'),
      authorization_url: '${connectionConfig.appPublicLink}/installations/new',
      token_url: installationTokenUrl,
    },
    'test-custom': {
      display_name: 'Test App Install + OAuth',
      auth_mode: 'CUSTOM',
      categories: ['dev-tools'],
      docs_connect: docs('test-custom'),
      authorization_url: '${connectionConfig.appPublicLink}/installations/new',
      token_url: `${provider}/oauth2/token`,
      app_token_url: installationTokenUrl,
    },
    'test-oauth1': {
      display_name: 'Test OAuth1',
      auth_mode: 'OAUTH1',
      categories: ['productivity'],
      docs_connect: docs('test-oauth1'),
      request_url: `${provider}/oauth1/request_token`,
      authorization_url: `${provider}/oauth1/authorize`,
      token_url: `${provider}/oauth1/access_token`,
      signature_method: 'HMAC-SHA1',
    },
  };
}
