/** The auth modes of Nango's providers.yaml. */
export const authModes = [
  'OAUTH1', 'OAUTH2', 'OAUTH2_CC', 'API_KEY', 'BASIC', 'APP', 'CUSTOM', 'NONE', 'TBA', 'JWT', 'TWO_STEP',
  'BILL', 'SIGNATURE', 'AWS_SIGV4', 'MCP_OAUTH2', 'MCP_OAUTH2_GENERIC', 'INSTALL_PLUGIN', 'APP_STORE',
] as const;
export type AuthMode = (typeof authModes)[number];

/** One form field. */
export interface ProviderField {
  type: 'string';
  title: string;
  description?: string;
  example?: string;
  pattern?: string;
  format?: 'hostname' | 'uuid' | 'uri' | 'email';
  optional?: boolean;
  default_value?: string;
  hidden?: boolean;
  automated?: boolean;
  secret?: boolean;
  prefix?: string;
  suffix?: string;
  doc_section?: string;
  enum?: string[];
  order?: number;
}

export type ProviderFields = Record<string, ProviderField>;

/** The subset of a providers.yaml entry this server reads or returns. Unknown keys are passed through. */
export interface Provider {
  display_name: string;
  auth_mode: AuthMode;
  categories?: string[];
  docs?: string;
  docs_connect?: string;
  authorization_url?: string;
  token_url?: string;
  authorization_params?: Record<string, string>;
  token_params?: Record<string, string>;
  default_scopes?: string[];
  scope_separator?: string;
  authorization_method?: 'header' | 'body';
  installation?: 'outbound';
  require_client_certificate?: boolean;
  token_request_auth_method?: string;
  credentials?: ProviderFields;
  connection_config?: ProviderFields;
  assertion_option?: ProviderFields;
  integration_config?: ProviderFields;
  [extra: string]: unknown;
}

export function isAuthMode(value: string): value is AuthMode {
  return (authModes as readonly string[]).includes(value);
}
