import type { MessageKey } from '../i18n/en';
import type { AuthMode } from '../flows/auth-mode';

/** Built-in labels and secrecy for credentials a provider may not describe. */
export interface DefaultField {
  label: MessageKey;
  isSecret: boolean;
  example?: string;
}

export const defaultFields: Record<string, DefaultField> = {
  apiKey: { label: 'default.apiKey', isSecret: true },
  username: { label: 'default.username', isSecret: false },
  password: { label: 'default.password', isSecret: true },
  pat_name: { label: 'default.pat_name', isSecret: false },
  pat_secret: { label: 'default.pat_secret', isSecret: true },
  content_url: { label: 'default.content_url', isSecret: true },
  client_id: { label: 'default.client_id', isSecret: false },
  client_secret: { label: 'default.client_secret', isSecret: true },
  client_certificate: { label: 'default.client_certificate', isSecret: true },
  client_private_key: { label: 'default.client_private_key', isSecret: true },
  oauth_client_id_override: { label: 'default.oauth_client_id_override', isSecret: false },
  oauth_client_secret_override: { label: 'default.oauth_client_secret_override', isSecret: true },
  oauth_refresh_token_override: { label: 'default.oauth_refresh_token_override', isSecret: true },
  token_id: { label: 'default.token_id', isSecret: true },
  token_secret: { label: 'default.token_secret', isSecret: true },
  organization_id: { label: 'default.organization_id', isSecret: false },
  dev_key: { label: 'default.dev_key', isSecret: true },
  role_arn: { label: 'default.role_arn', isSecret: false, example: 'arn:aws:iam::123456789012:role/NangoAccessRole' },
  issuerId: { label: 'default.issuerId', isSecret: false },
  privateKeyId: { label: 'default.privateKeyId', isSecret: false },
  privateKey: { label: 'default.privateKey', isSecret: true },
};

/** The credentials each auth mode always asks for, before the provider's own. */
export const baseCredentials: Record<AuthMode, readonly string[]> = {
  API_KEY: ['apiKey'],
  BASIC: ['username', 'password'],
  OAUTH2_CC: ['client_id', 'client_secret', 'client_certificate', 'client_private_key'],
  TBA: ['oauth_client_id_override', 'oauth_client_secret_override', 'token_id', 'token_secret'],
  BILL: ['username', 'password', 'organization_id', 'dev_key'],
  SIGNATURE: ['username', 'password'],
  AWS_SIGV4: ['role_arn'],
  JWT: [],
  TWO_STEP: [],
  NONE: [],
  OAUTH2: [],
  OAUTH1: [],
  APP: [],
  CUSTOM: [],
  MCP_OAUTH2: [],
  MCP_OAUTH2_GENERIC: [],
  INSTALL_PLUGIN: [],
  APP_STORE: [],
};

/** OAUTH2 lets the end user bring their own OAuth app when the session asks for it. */
export const oauthOverrideCredentials = ['oauth_client_id_override', 'oauth_client_secret_override', 'oauth_refresh_token_override'];
