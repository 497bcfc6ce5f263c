import type { Integration, Provider, Session } from '../api/api-schemas';
import { isOn, type FieldDefinition, type FieldDefinitions } from '../api/field-schema';
import { isAuthMode } from '../flows/auth-mode';
import { baseCredentials, oauthOverrideCredentials } from './default-fields';
import type { FieldSpec, FormSpec } from './field-spec';
import { makeField, type FieldContext, type FieldRequest } from './make-field';
import { safeHttpUrl } from './safe-url';

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
