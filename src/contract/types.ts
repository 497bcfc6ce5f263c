// The session's settings are the ones the widget's `settings_changed` message carries.
import type { ConnectUISettings } from '../protocol/types';

// The Connect API's bodies as plain types, without zod: the headless client's published
// declarations use these. `connect.ts` holds the zod schemas that parse them and `first-load.ts`
// the hand-written parsers of the first load's answers; a type test checks that each returns
// exactly its type here.

export type { ConnectUISettings };

type Flag = boolean | 'true' | 'false';

/** One field a provider describes (credentials, connection config, …); every key optional. */
export interface FieldDefinition {
  [key: string]: unknown;
  title?: string | undefined;
  description?: string | undefined;
  example?: string | number | boolean | undefined;
  pattern?: string | undefined;
  format?: string | undefined;
  optional?: Flag | undefined;
  default_value?: string | number | boolean | undefined;
  hidden?: Flag | undefined;
  automated?: Flag | undefined;
  secret?: Flag | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
  doc_section?: string | undefined;
  enum?: Array<string | number> | undefined;
  order?: number | undefined;
}

/** Field definitions by name; an entry that was not an object is `null`. */
export type FieldDefinitions = Record<string, FieldDefinition | null> | undefined;


/** `GET /connect/session` → `data`. */
export interface Session {
  [key: string]: unknown;
  connectUISettings: ConnectUISettings | null;
  allowed_integrations?: string[] | undefined;
  integrations_config_defaults?: Record<string, {
    [key: string]: unknown;
    connection_config?: Record<string, unknown> | undefined;
    authorization_params?: Record<string, string> | undefined;
  }> | undefined;
  isReconnecting?: boolean | undefined;
  overrides?: Record<string, { [key: string]: unknown; docs_connect?: string | undefined }> | undefined;
  websocketsPath?: string | undefined;
  /** Plugboard's own session settings: the host's product name and logo. */
  plugboard?: { [key: string]: unknown; branding?: { [key: string]: unknown; name?: string | undefined; logo_url?: string | undefined } | undefined } | undefined;
  /** Plugboard's API only (absent on Nango): the connections made with this session, oldest first. */
  connections?: SessionConnection[] | undefined;
}

/** A connection made with a connect session; `created_at` moves when it is made again. */
export interface SessionConnection {
  [key: string]: unknown;
  connection_id: string;
  provider_config_key: string;
  is_pending?: boolean | undefined;
  created_at?: string | undefined;
}

/** `GET /integrations` → `data[]`. */
export interface Integration {
  [key: string]: unknown;
  unique_key: string;
  provider: string;
  display_name?: string | undefined;
  logo?: string | undefined;
  credentials_label?: Record<string, string> | undefined;
  preconfigured_credentials?: string[] | undefined;
}

/** `GET /providers/:provider` → `data`. */
export interface Provider {
  [key: string]: unknown;
  name?: string | undefined;
  display_name?: string | undefined;
  /** Any string: an auth mode the client does not know is "not supported", not a parse error. */
  auth_mode: string;
  docs_connect?: string | undefined;
  logo_url?: string | undefined;
  credentials?: FieldDefinitions;
  connection_config?: FieldDefinitions;
  assertion_option?: FieldDefinitions;
  integration_config?: FieldDefinitions;
  installation?: string | undefined;
  require_client_certificate?: boolean | undefined;
  token_request_auth_method?: string | undefined;
}

/** What every direct auth route answers on success. */
export interface ConnectionResponse {
  [key: string]: unknown;
  connectionId: string;
  providerConfigKey: string;
  isPending?: boolean | undefined;
}
