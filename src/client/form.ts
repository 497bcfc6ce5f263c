import type { FieldDefinition, FieldDefinitions, Integration, Provider, Session } from '../contract/types';
import { isAuthMode, type AuthMode } from './auth';
import { formEnglish, type FormTextKey } from './form-text';
import { safeHttpUrl } from './safe-url';
import { compilePattern } from './validate';

// The connect form as data: which fields an integration asks for, with labels, hints, presets and
// validation rules, decided purely from the provider, the integration and the session.

/** A provider's flag: the yaml writes booleans, Nango's types say strings. */
export const isOn = (value: boolean | 'true' | 'false' | undefined): boolean => value === true || value === 'true';

export type FieldGroup = 'credentials' | 'params' | 'assertion_option';

/**
 * The field's label: the provider's text, or a built-in label with its English text and the `key`
 * the widget translates.
 */
export interface Label {
  text: string;
  key?: FormTextKey;
}

export type FieldFormat = 'hostname' | 'uuid' | 'uri' | 'email';

/** One input of the connect form, fully decided: components only render it. */
export interface FieldSpec {
  /** `group.name`: unique in the form, the key of its value. */
  key: string;
  group: FieldGroup;
  name: string;
  label: Label;
  description: string | null;
  placeholder: string | null;
  isSecret: boolean;
  format: FieldFormat | null;
  /** The provider's pattern, or null when it has none or it does not compile. */
  pattern: RegExp | null;
  /** Shows the "optional" badge and accepts an empty value. */
  isOptional: boolean;
  /** Empty is an error (neither optional nor with a default value). */
  isRequired: boolean;
  initialValue: string;
  isHidden: boolean;
  /** An `enum`: a select with these options. */
  options: string[] | null;
  prefix: string | null;
  suffix: string | null;
  /** The field's documentation link: always an absolute http(s) URL. */
  docUrl: string | null;
  order: number;
}

export interface FormSpec {
  displayName: string;
  authMode: string;
  /** Every field in display order, hidden ones included (they are submitted too). */
  fields: FieldSpec[];
  /** The "How do I connect …" guide: always an absolute http(s) URL. */
  guideUrl: string | null;
  /** AWS_SIGV4: the External ID to show and send. */
  externalId: string | null;
  showExternalId: boolean;
}

/** Built-in labels and secrecy for credentials a provider may not describe. */
export interface DefaultField {
  label: FormTextKey;
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

/**
 * A field's documentation link: the guide plus the field's anchor. A session override of the
 * guide is used as is (its anchors are unknown to the provider). No anchor → no field link
 * (Nango builds `…/connectundefined`).
 */
export function fieldDocUrl(guide: string | null, section: string | undefined, isOverride: boolean): string | null {
  if (!guide || !section) return null;
  return isOverride ? guide : safeHttpUrl(guide.replace(/#.*$/, '') + section);
}

/** What the whole form shares when one field is decided. */
export interface FieldContext {
  /** Session `integrations_config_defaults[key].connection_config`, as text. */
  presets: Record<string, string>;
  /** Integration `credentials_label`. */
  credentialLabels: Record<string, string>;
  guideUrl: string | null;
  isGuideOverride: boolean;
}

export interface FieldRequest {
  group: FieldGroup;
  name: string;
  definition: FieldDefinition | null;
  order: number;
  /** Overrides the definition's `optional` (base fields, the TWO_STEP fallback). */
  optional?: boolean;
}

const formats: readonly FieldFormat[] = ['hostname', 'uuid', 'uri', 'email'];
const asFormat = (value: string | undefined): FieldFormat | null => formats.find((format) => format === value) ?? null;
const asText = (value: string | number | boolean | undefined): string | undefined =>
  value === undefined ? undefined : String(value);

function labelOf(request: FieldRequest, override: string | undefined): Label {
  if (override) return { text: override };
  if (request.definition?.title) return { text: request.definition.title };
  const fallback = Object.hasOwn(defaultFields, request.name) ? defaultFields[request.name] : undefined;
  return fallback ? { text: formEnglish[fallback.label], key: fallback.label } : { text: request.name };
}

function initialValueOf(preset: string | undefined, defaultValue: string | undefined, options: string[] | null, isOptional: boolean): string {
  if (preset !== undefined) return preset;
  if (defaultValue !== undefined) return defaultValue;
  // A required choice starts on its first option.
  return options && !isOptional ? (options[0] ?? '') : '';
}

/** Decides one field from its provider definition and the session. */
export function makeField(request: FieldRequest, context: FieldContext): FieldSpec {
  const { group, name, definition } = request;
  const fallback = group === 'credentials' && Object.hasOwn(defaultFields, name) ? defaultFields[name] : undefined;
  const labelOverride = group === 'credentials' ? context.credentialLabels[name] : undefined;
  const preset = group === 'params' && Object.hasOwn(context.presets, name) ? context.presets[name] : undefined;
  const isOptional = request.optional ?? isOn(definition?.optional);
  const defaultValue = asText(definition?.default_value);
  const options = definition?.enum?.length ? definition.enum.map(String) : null;
  return {
    key: `${group}.${name}`,
    group,
    name,
    label: labelOf(request, labelOverride),
    description: labelOverride ? null : (definition?.description ?? null),
    placeholder: labelOverride ? null : (asText(definition?.example) ?? fallback?.example ?? null),
    isSecret: definition?.secret !== undefined ? isOn(definition.secret) : (fallback?.isSecret ?? false),
    format: asFormat(definition?.format),
    pattern: compilePattern(definition?.pattern),
    isOptional,
    isRequired: !isOptional && defaultValue === undefined,
    initialValue: initialValueOf(preset, defaultValue, options, isOptional),
    isHidden: isOn(definition?.hidden) || preset !== undefined,
    options,
    prefix: definition?.prefix || null,
    suffix: definition?.suffix || null,
    docUrl: fieldDocUrl(context.guideUrl, definition?.doc_section, context.isGuideOverride),
    order: request.order,
  };
}

export interface FormInput {
  provider: Provider;
  integration: Integration;
  session: Session | null;
  /** A fresh AWS External ID when the session does not set one. */
  newExternalId: () => string;
}

type Entries = Array<[string, FieldDefinition]>;
const entriesOf = (fields: FieldDefinitions): Entries =>
  Object.entries(fields ?? {}).filter((entry): entry is [string, FieldDefinition] => entry[1] !== null);

function presetsOf(input: FormInput): Record<string, string> {
  const config = input.session?.integrations_config_defaults?.[input.integration.unique_key]?.connection_config ?? {};
  const presets: Record<string, string> = {};
  for (const [name, value] of Object.entries(config)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') presets[name] = String(value);
  }
  return presets;
}

function contextOf(input: FormInput): FieldContext {
  const override = safeHttpUrl(input.session?.overrides?.[input.integration.unique_key]?.docs_connect);
  return {
    presets: presetsOf(input),
    credentialLabels: input.integration.credentials_label ?? {},
    guideUrl: override ?? safeHttpUrl(input.provider.docs_connect),
    isGuideOverride: override !== null,
  };
}

/** Fields the end user must not be asked for: filled by the server or by the administrator. */
function isAskable(request: FieldRequest, preconfigured: ReadonlySet<string>): boolean {
  const isPreconfigured = request.group === 'credentials' && preconfigured.has(request.name);
  return !isOn(request.definition?.automated) && !isPreconfigured;
}

/** Base fields of the auth mode, with the provider's definition when it has one. */
function baseRequests({ provider }: FormInput): FieldRequest[] {
  const base = isAuthMode(provider.auth_mode) ? baseCredentials[provider.auth_mode] : [];
  const needsCertificate = provider.require_client_certificate === true;
  const requests: FieldRequest[] = [];
  for (const name of base) {
    const isCertificate = name === 'client_certificate' || name === 'client_private_key';
    if (isCertificate && !needsCertificate) continue;
    const isSecretOptional = name === 'client_secret' && provider.token_request_auth_method === 'private_key_jwt';
    const definition = provider.credentials?.[name] ?? null;
    const optional = isSecretOptional || (isCertificate && !definition) ? true : undefined;
    requests.push({ group: 'credentials', name, definition, order: 0, optional });
  }
  return requests;
}

/** The provider's credentials and, for TWO_STEP, its integration_config fallback. */
function credentialRequests({ provider }: FormInput): FieldRequest[] {
  const own = entriesOf(provider.credentials).map(([name, definition]): FieldRequest => ({ group: 'credentials', name, definition, order: 0 }));
  if (provider.auth_mode !== 'TWO_STEP') return own;
  const fallback = entriesOf(provider.integration_config)
    .filter(([name]) => !provider.credentials?.[name])
    .map(([name, definition]): FieldRequest => ({ group: 'credentials', name, definition, order: 0, optional: false }));
  return [...own, ...fallback];
}

/**
 * The connect form of an integration, as a pure function of provider, integration and session —
 * Nango's form algorithm and ordering: base credentials from 100, the provider's
 * own after them, connection parameters with an `order` before all of those, the rest after.
 */
export function buildForm(input: FormInput): FormSpec {
  const { provider, integration, session } = input;
  const context = contextOf(input);
  let order = 99;
  const fields = new Map<string, FieldSpec>();
  const preconfigured = new Set(integration.preconfigured_credentials ?? []);
  // The first request for a key wins: a base field keeps its place when the provider describes it.
  const add = (request: FieldRequest, explicitOrder?: number) => {
    const key = `${request.group}.${request.name}`;
    if (fields.has(key) || !isAskable(request, preconfigured)) return;
    fields.set(key, makeField({ ...request, order: explicitOrder ?? ++order }, context));
  };

  for (const request of [...baseRequests(input), ...credentialRequests(input)]) add(request);
  for (const [name, definition] of entriesOf(provider.connection_config)) {
    add({ group: 'params', name, definition, order: 0 }, definition.order || undefined);
  }
  for (const [name, definition] of entriesOf(provider.assertion_option)) add({ group: 'assertion_option', name, definition, order: 0 });
  if (provider.auth_mode === 'OAUTH2') {
    for (const name of oauthOverrideCredentials) {
      if (name in context.presets && !fields.has(`credentials.${name}`)) add({ group: 'credentials', name, definition: null, order: 0, optional: true });
    }
  }

  const isAws = provider.auth_mode === 'AWS_SIGV4';
  return {
    displayName: integration.display_name || provider.display_name || integration.unique_key,
    authMode: provider.auth_mode,
    fields: [...fields.values()].sort((a, b) => a.order - b.order),
    guideUrl: context.guideUrl,
    externalId: isAws ? context.presets.external_id || input.newExternalId() : null,
    showExternalId: isAws && session?.isReconnecting !== true,
  };
}
