import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import { jsonValueSchema } from '../http/json-value';
import { providerUrl, type UrlValues } from '../oauth/provider-url';
import { oauthCredentials, requestToken } from '../oauth/token-request';
import type { Provider } from '../providers/provider';
import type { Credentials, Json } from '../store/store';
import { hasMode } from './resolve-integration';

export interface DirectAuthContext {
  deps: ApiDeps;
  provider: Provider;
  connectionConfig: Record<string, Json>;
  urlValues: UrlValues;
}

/** One row of the table: a direct (non-popup) auth route. */
export interface DirectAuthMode<S extends z.ZodType> {
  path: string;
  accepts: (provider: Provider) => boolean;
  body: S;
  /** Method syntax on purpose: rows with different bodies share one array type. */
  credentials(body: z.output<S>, context: DirectAuthContext): Credentials | Promise<Credentials>;
  isPending?: boolean;
}

const nonEmpty = z.string().min(1);
const looseCredentials = z.record(z.string(), jsonValueSchema);

function withoutKeys(body: Record<string, Json>, ...keys: string[]): Credentials {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !keys.includes(key)));
}

const clientCredentialsBody = z
  .strictObject({
    client_id: nonEmpty,
    client_secret: z.string().optional(),
    client_certificate: z.string().optional(),
    client_private_key: z.string().optional(),
  })
  .refine((body) => Boolean(body.client_secret) || Boolean(body.client_private_key), {
    message: 'client_secret or client_private_key is required',
    path: ['client_secret'],
  });

/** OAUTH2_CC: the connection test is the token request itself, over real HTTP. */
async function clientCredentials(body: z.output<typeof clientCredentialsBody>, { deps, provider, urlValues }: DirectAuthContext): Promise<Credentials> {
  if (!provider.token_url) throw apiError(400, 'connection_test_failed', 'The provider has no token URL');
  // Templated token URLs (`https://${connectionConfig.hostname}/oauth/token`) are filled safely.
  const tokenUrl = providerUrl(provider, 'token_url', urlValues);
  const form: Record<string, string> = { grant_type: 'client_credentials', client_id: body.client_id, client_secret: body.client_secret ?? '' };
  const result = await requestToken(deps.fetch, tokenUrl, form);
  if (!result.ok) throw apiError(400, 'connection_test_failed', result.message);
  return { ...oauthCredentials('OAUTH2_CC', result, deps.now()), client_id: body.client_id, client_secret: body.client_secret ?? null };
}

export const directAuthModes: Array<DirectAuthMode<z.ZodType>> = [
  {
    path: '/api-auth/api-key/:providerConfigKey',
    accepts: hasMode('API_KEY'),
    body: z.strictObject({ apiKey: z.string().min(1).max(1024) }),
    credentials: (body: { apiKey: string }) => ({ type: 'API_KEY', apiKey: body.apiKey }),
  },
  {
    path: '/api-auth/basic/:providerConfigKey',
    accepts: hasMode('BASIC'),
    body: z.strictObject({ username: z.string().max(1024).default(''), password: z.string().max(1024).default('') }),
    credentials: (body: { username: string; password: string }) => ({ type: 'BASIC', ...body }),
  },
  {
    path: '/oauth2/auth/:providerConfigKey',
    accepts: hasMode('OAUTH2_CC'),
    body: clientCredentialsBody,
    credentials: clientCredentials,
  },
  {
    path: '/auth/unauthenticated/:providerConfigKey',
    accepts: hasMode('NONE'),
    body: z.strictObject({}),
    credentials: () => ({}),
  },
  {
    path: '/auth/tba/:providerConfigKey',
    accepts: hasMode('TBA'),
    body: z.strictObject({
      token_id: nonEmpty,
      token_secret: nonEmpty,
      oauth_client_id_override: z.string().optional(),
      oauth_client_secret_override: z.string().optional(),
    }),
    credentials: (body: Record<string, string>) => ({ type: 'TBA', ...body }),
  },
  {
    path: '/auth/jwt/:providerConfigKey',
    accepts: hasMode('JWT'),
    body: looseCredentials,
    credentials: (body: Record<string, Json>) => ({ ...withoutKeys(body, 'type'), type: 'JWT' }),
  },
  {
    path: '/auth/two-step/:providerConfigKey',
    accepts: hasMode('TWO_STEP'),
    body: looseCredentials,
    credentials: (body: Record<string, Json>) => ({ ...withoutKeys(body, 'type', 'assertionOption'), type: 'TWO_STEP' }),
  },
  {
    path: '/auth/bill/:providerConfigKey',
    accepts: hasMode('BILL'),
    body: z.strictObject({ username: nonEmpty, password: nonEmpty, organization_id: nonEmpty, dev_key: nonEmpty }),
    credentials: (body: Record<string, string>) => ({ type: 'BILL', ...body }),
  },
  {
    path: '/auth/signature/:providerConfigKey',
    accepts: hasMode('SIGNATURE'),
    body: z.strictObject({ type: z.literal('SIGNATURE'), username: nonEmpty, password: nonEmpty }),
    credentials: (body: Record<string, string>) => ({ ...body, type: 'SIGNATURE' }),
  },
  {
    path: '/auth/aws-sigv4/:providerConfigKey',
    accepts: hasMode('AWS_SIGV4'),
    body: z.strictObject({ role_arn: nonEmpty.max(2048), region: z.string().regex(/^[a-z0-9-]+$/).max(64).optional() }),
    credentials: (body: Record<string, string>) => ({ type: 'AWS_SIGV4', ...body }),
  },
  {
    // Outbound installations finish later at the provider; the connection is stored as pending.
    path: '/auth/oauth-outbound/:providerConfigKey',
    accepts: (provider) => provider.auth_mode === 'OAUTH2' && provider.installation === 'outbound',
    body: z.strictObject({}),
    credentials: () => ({ type: 'OAUTH2' }),
    isPending: true,
  },
];
