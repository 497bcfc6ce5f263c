import { strings } from '../strings';
import type { ConfigKind } from './config-kind';

export interface IntegrationFormValues {
  uniqueKey: string;
  displayName: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** Hosts end users may point the provider at, separated by commas or spaces. */
  allowedHosts: string;
  /** APP and CUSTOM: the app's id, public link and RSA private key (PEM). */
  appId: string;
  appLink: string;
  privateKey: string;
}

export type FieldName = keyof IntegrationFormValues;
export type FormErrors = Partial<Record<FieldName, string>>;

export interface FormContext {
  kind: ConfigKind;
  authMode: string;
  provider: string;
  /** The key being edited; `null` while creating. */
  originalKey: string | null;
  takenKeys: ReadonlySet<string>;
}

export const emptyValues: IntegrationFormValues = {
  uniqueKey: '', displayName: '', clientId: '', clientSecret: '', scopes: '', allowedHosts: '', appId: '', appLink: '', privateKey: '',
};

/** The auth modes whose provider URLs the server itself calls: only they can be pinned to hosts. */
export const takesAllowedHosts = (authMode: string): boolean => authMode === 'OAUTH2' || authMode === 'OAUTH2_CC';
const hostPattern = /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const keyPattern = /^[a-zA-Z0-9~:.@ _-]+$/;
const scopePattern = /^[0-9a-zA-Z:/_.*-]+$/;
const errors = strings.editor.errors;
const appErrors = strings.appFields.errors;
// What the server accepts (Nango's rule): a PKCS#1 PEM, as GitHub hands app keys out.
const privateKeyPattern = /^-----BEGIN RSA PRIVATE KEY-----[\s\S]*-----END RSA PRIVATE KEY-----\s*$/;

const isAppKind = (kind: ConfigKind) => kind === 'app' || kind === 'app-oauth';

function appErrorsOf(values: IntegrationFormValues): FormErrors {
  const link = values.appLink.trim();
  return {
    appId: !values.appId.trim() ? appErrors.appIdRequired : values.appId.trim().length > 255 ? errors.tooLong : undefined,
    appLink: !link ? appErrors.appLinkRequired : URL.canParse(link) && /^https?:$/.test(new URL(link).protocol) ? undefined : appErrors.appLinkFormat,
    privateKey: !values.privateKey.trim() ? appErrors.privateKeyRequired : privateKeyPattern.test(values.privateKey.trim()) ? undefined : appErrors.privateKeyFormat,
  };
}

/** Commas or spaces in, Nango's comma-separated list with no spaces out. */
export const splitScopes = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

function keyError(values: IntegrationFormValues, context: FormContext): string | undefined {
  const key = values.uniqueKey.trim();
  if (!key) return errors.uniqueKeyRequired;
  if (key.length > 255) return errors.tooLong;
  if (!keyPattern.test(key)) return errors.uniqueKeyFormat;
  if (key !== context.originalKey && context.takenKeys.has(key)) return errors.uniqueKeyTaken;
  return undefined;
}

/** The same rules the server applies, checked before sending so each message sits under its field. */
export function validateIntegrationForm(values: IntegrationFormValues, context: FormContext): FormErrors {
  const found: FormErrors = { uniqueKey: keyError(values, context) };
  if (values.displayName.length > 255) found.displayName = errors.tooLong;
  const hasCredentials = values.clientId.trim() !== '' || values.clientSecret !== '';
  if (context.kind === 'oauth' || context.kind === 'app-oauth' || (context.kind === 'oauth-optional' && hasCredentials)) {
    if (!values.clientId.trim()) found.clientId = errors.clientIdRequired;
    else if (values.clientId.trim().length > 255) found.clientId = errors.tooLong;
    if (!values.clientSecret) found.clientSecret = errors.clientSecretRequired;
    if (!splitScopes(values.scopes).every((scope) => scopePattern.test(scope))) found.scopes = errors.scopesFormat;
  }
  if (isAppKind(context.kind)) Object.assign(found, appErrorsOf(values));
  if (takesAllowedHosts(context.authMode) && !splitScopes(values.allowedHosts).every((host) => hostPattern.test(host))) {
    found.allowedHosts = errors.allowedHostsFormat;
  }
  return Object.fromEntries(Object.entries(found).filter(([, message]) => message !== undefined));
}

function credentialsOf(values: IntegrationFormValues, context: FormContext): Record<string, string> | null {
  if (isAppKind(context.kind)) {
    const app = { app_id: values.appId.trim(), app_link: values.appLink.trim(), private_key: values.privateKey.trim() };
    return context.kind === 'app'
      ? { type: context.authMode, ...app }
      : { type: context.authMode, client_id: values.clientId.trim(), client_secret: values.clientSecret, ...app };
  }
  const hasCredentials = values.clientId.trim() !== '' || values.clientSecret !== '';
  const isWanted = context.kind === 'oauth' || (context.kind === 'oauth-optional' && hasCredentials);
  if (!isWanted) return null;
  return {
    type: context.authMode,
    client_id: values.clientId.trim(),
    client_secret: values.clientSecret,
    scopes: splitScopes(values.scopes).join(','),
  };
}

/** The body of `POST /integrations` (create) or `PATCH /integrations/:key` (edit). */
export function integrationBody(values: IntegrationFormValues, context: FormContext): Record<string, unknown> {
  const key = values.uniqueKey.trim();
  const displayName = values.displayName.trim();
  const credentials = credentialsOf(values, context);
  return {
    ...(context.originalKey === null ? { provider: context.provider, unique_key: key } : {}),
    ...(context.originalKey !== null && key !== context.originalKey ? { unique_key: key } : {}),
    ...(displayName ? { display_name: displayName } : {}),
    ...(credentials ? { credentials } : {}),
    ...allowedHostsOf(values, context),
  };
}

/** On create only when some are typed; on edit always, so emptying the field removes the pins (`null`). */
function allowedHostsOf(values: IntegrationFormValues, context: FormContext): { allowed_hosts?: string[] | null } {
  if (!takesAllowedHosts(context.authMode)) return {};
  const hosts = splitScopes(values.allowedHosts).map((host) => host.toLowerCase());
  if (hosts.length > 0) return { allowed_hosts: hosts };
  return context.originalKey === null ? {} : { allowed_hosts: null };
}

/** A free key for a new integration: the provider's name, then `name-2`, `name-3`… */
export function suggestKey(provider: string, takenKeys: ReadonlySet<string>): string {
  if (!takenKeys.has(provider)) return provider;
  let suffix = 2;
  while (takenKeys.has(`${provider}-${suffix}`)) suffix += 1;
  return `${provider}-${suffix}`;
}
