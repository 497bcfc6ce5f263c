import type { Integration, Provider, Session } from '../contract/types';
import { planSubmission } from './auth';
import { ConnectError, type ApiFailure, type Result } from './failure';
import { buildForm, type FieldSpec, type FormSpec } from './form';
import { formEnglish } from './form-text';
import { createApiClient } from './http';
import { startPopupFlow } from './oauth/attempt';
import type { OAuthRequest } from './oauth/connect-url';
import { oauthFailure } from './oauth/oauth-failure';
import { newFlowId } from './oauth/pending-flow';
import type { BrowserWindow, FlowStorage, PopupWindow, WebSocketConstructor } from './oauth/browser';
import { openPopup, popupSizeFor } from './oauth/popup';
import { launchRedirect, probeRedirectSupport, resumeOAuth } from './oauth/redirect';
import { validateField, issueMessages, type FieldIssue } from './validate';

export interface ConnectClientOptions {
  /** The Connect API's base URL; a path prefix is kept (`https://host/nango` → `https://host/nango/connect/session`). */
  apiURL: string;
  /** The connect session token, or a function read at each call (a token refreshed by the host). */
  sessionToken: string | (() => string | null);
  fetch?: typeof fetch;
  /** Sent as `Accept-Language` (the API's error messages); default: the browser's languages. */
  acceptLanguage?: string | (() => string);
  /** A call that takes longer rejects with `timeout`. Default 20 s. */
  timeoutMs?: number;
  /** Where the OAuth window opens and messages arrive; default: this window. */
  window?: BrowserWindow & { location?: { href: string } };
  /** Default: the browser's `WebSocket`. */
  WebSocket?: WebSocketConstructor;
  /** Where redirect mode keeps its pending flow; default: `sessionStorage`. */
  storage?: FlowStorage | null;
}

/** A form field problem, with its English message. */
export interface FieldError {
  key: string;
  issue: FieldIssue;
  message: string;
}

/** The form the widget renders for one integration, as data. */
export interface ConnectForm extends FormSpec {
  integrationId: string;
  /** The provider's key in the catalogue. */
  provider: string;
  /** Each field's starting value (presets of the session, defaults, first option of a choice), keyed `group.name`. */
  initialValues: Record<string, string>;
  /** The problems of these values (keyed `group.name` or a field's bare name), in field order; empty when they can be sent. */
  validate: (values: Record<string, string>) => FieldError[];
}

export interface ConnectionIds {
  providerConfigKey: string;
  connectionId: string;
  /** OAuth: the API's `is_pending` (an install awaiting an owner's approval), as Nango's SDK resolves it. */
  isPending?: boolean;
}

export interface AuthorizeOptions {
  mode: 'popup' | 'redirect';
  /** Connection parameters (`params[…]`). */
  params?: Record<string, string>;
  /** The end user's own OAuth app (`oauth_client_id_override`, …); its secret is never put in a URL. */
  credentials?: Record<string, string>;
  /** Extra `authorization_params[…]`. */
  authorizationParams?: Record<string, string>;
  /** Sent as `connection_id`; an API refuses it with a session token, as Nango's does. */
  connectionId?: string;
  /** A window the caller opened in its click handler (`null`: the browser blocked it); else one is opened at once, before any network call. */
  popup?: Window | null;
  signal?: AbortSignal;
  /** Reject with `window_closed` when the user closes the window (default false: keep waiting, as Nango). */
  detectClosedAuthWindow?: boolean;
  /** Redirect mode: the page the API sends the tab back to (default: this page). */
  returnUrl?: string;
}

export interface ConnectClient {
  session(signal?: AbortSignal): Promise<Session>;
  integrations(signal?: AbortSignal): Promise<Integration[]>;
  /** The form the widget renders for this integration, as data: fields with labels/hints/validation. */
  provider(integrationId: string, signal?: AbortSignal): Promise<ConnectForm>;
  /** Every non-OAuth mode (API_KEY, BASIC, OAUTH2_CC, TBA, JWT, TWO_STEP, BILL, SIGNATURE, AWS_SIGV4, NONE, outbound OAUTH2). */
  connect(integrationId: string, values: Record<string, string>, options?: { connectionId?: string; signal?: AbortSignal }): Promise<ConnectionIds>;
  /** The OAuth family: a popup (the result comes on the WebSocket) or a redirect of this tab (settles only if it cannot leave). */
  authorize(integrationId: string, options: AuthorizeOptions): Promise<ConnectionIds>;
  /** After a redirect-mode `authorize()`: the outcome of the flow this tab came back from, once; `null` when there is none. */
  resumeRedirect(signal?: AbortSignal): Promise<ConnectionIds | null>;
}

const groups = ['credentials', 'params', 'assertion_option'];

/** Values keyed `group.name`, or by a field's bare name when it is unique; any other bare name is a credential. */
function keyedValues(fields: FieldSpec[], values: Record<string, string>): Record<string, string> {
  const keyed: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const dot = name.indexOf('.');
    if (dot > 0 && groups.includes(name.slice(0, dot))) {
      keyed[name] = value;
      continue;
    }
    const matches = fields.filter((field) => field.name === name);
    keyed[matches.length === 1 && matches[0] ? matches[0].key : `credentials.${name}`] = value;
  }
  return keyed;
}

function fieldErrors(fields: FieldSpec[], values: Record<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const issue = validateField(field, values[field.key] ?? '');
    if (issue) errors.push({ key: field.key, issue, message: formEnglish[issueMessages[issue]].replace('{label}', field.label.text) });
  }
  return errors;
}

function connectionIds(result: Result<{ providerConfigKey: string; connectionId: string; isPending?: boolean | undefined }>, signal?: AbortSignal): ConnectionIds {
  // `isPending` only when the API said (OAuth): Nango's SDK resolves it too.
  if (result.ok) return { providerConfigKey: result.value.providerConfigKey, connectionId: result.value.connectionId, ...(result.value.isPending === undefined ? {} : { isPending: result.value.isPending }) };
  if (result.failure.isCancelled && signal?.aborted) throw signal.reason;
  throw ConnectError.from(result.failure);
}

const defaultLanguage = () => (typeof navigator === 'undefined' ? 'en' : navigator.languages?.join(', ') || 'en');

function sessionStorageOrNull(): FlowStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** A typed client of the Connect API: the calls and the form logic the widget itself uses. */
export function createConnectClient(options: ConnectClientOptions): ConnectClient {
  const { apiURL, sessionToken, acceptLanguage = defaultLanguage } = options;
  const getToken = typeof sessionToken === 'function' ? sessionToken : () => sessionToken;
  const fetcher: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const api = createApiClient({
    apiURL,
    getToken,
    acceptLanguage: typeof acceptLanguage === 'function' ? acceptLanguage : () => acceptLanguage,
    fetch: fetcher,
    timeoutMs: options.timeoutMs,
  });
  // Read at call time: importing the client touches no `window` (server-side rendering).
  const browser = (): BrowserWindow & { location?: { href: string } } => options.window ?? window;
  let cachedSession: Promise<Session> | null = null;
  let cachedIntegrations: Promise<Integration[]> | null = null;
  let knownIntegrations: Integration[] | null = null;
  const externalIds = new Map<string, string>();

  function token(): string {
    const value = getToken();
    if (!value) throw new ConnectError('missing_connect_session_token', 'No connect session token: pass `sessionToken`.');
    return value;
  }

  /** Rejects instead of resolving to a failure; a call the caller aborted rejects with its reason. */
  async function unwrap<T>(call: Promise<Result<T>>, signal?: AbortSignal): Promise<T> {
    const result = await call;
    if (result.ok) return result.value;
    if (result.failure.isCancelled && signal?.aborted) throw signal.reason;
    throw ConnectError.from(result.failure);
  }

  const session = async (signal?: AbortSignal) => {
    token();
    const loading = unwrap(api.getSession(signal), signal);
    cachedSession = loading;
    loading.catch(() => (cachedSession = cachedSession === loading ? null : cachedSession));
    return loading;
  };
  const integrations = async (signal?: AbortSignal) => {
    token();
    const loading = unwrap(api.listIntegrations(signal), signal);
    cachedIntegrations = loading;
    loading.then((list) => (knownIntegrations = list), () => (cachedIntegrations = cachedIntegrations === loading ? null : cachedIntegrations));
    return loading;
  };

  async function integrationFor(integrationId: string, signal?: AbortSignal): Promise<Integration> {
    const list = await (cachedIntegrations ?? integrations(signal));
    const integration = list.find((item) => item.unique_key === integrationId);
    if (!integration) {
      throw new ConnectError('invalid_request', `The session does not offer the integration "${integrationId}".`, { code: 'unknown_integration' });
    }
    return integration;
  }

  async function formFor(integrationId: string, signal?: AbortSignal): Promise<{ form: ConnectForm; provider: Provider }> {
    const integration = await integrationFor(integrationId, signal);
    const [sessionValue, provider] = await Promise.all([cachedSession ?? session(signal), unwrap(api.getProvider(integration.provider, signal), signal)]);
    // The External ID shown with provider() is the one connect() sends.
    const newExternalId = () => externalIds.get(integrationId) ?? externalIds.set(integrationId, crypto.randomUUID()).get(integrationId) ?? '';
    const spec = buildForm({ provider, integration, session: sessionValue, newExternalId });
    const initialValues = Object.fromEntries(spec.fields.map((field) => [field.key, field.initialValue]));
    const form: ConnectForm = {
      ...spec,
      integrationId,
      provider: integration.provider,
      initialValues,
      validate: (values) => fieldErrors(spec.fields, { ...initialValues, ...keyedValues(spec.fields, values) }),
    };
    return { form, provider };
  }

  async function connect(integrationId: string, values: Record<string, string>, connectOptions: { connectionId?: string; signal?: AbortSignal } = {}): Promise<ConnectionIds> {
    const { signal, connectionId } = connectOptions;
    const { form, provider } = await formFor(integrationId, signal);
    const submitted = { ...form.initialValues, ...keyedValues(form.fields, values) };
    const [first, ...more] = fieldErrors(form.fields, submitted);
    if (first) {
      const type = first.issue === 'required' ? 'missing_credentials' : 'invalid_request';
      const message = [first, ...more].map((error) => `${error.key}: ${error.message}`).join(' ');
      throw new ConnectError(type, message, { code: `invalid_field_${first.issue}` });
    }
    const plan = planSubmission({ provider, providerConfigKey: integrationId, values: submitted, externalId: form.externalId }, token());
    if (plan.kind === 'oauth') throw new ConnectError('invalid_request', `${form.displayName} signs in with OAuth: use authorize().`, { code: 'oauth_auth_mode' });
    if (plan.kind === 'unsupported') throw new ConnectError('unknown_error', `The auth mode "${form.authMode}" is not supported.`, { code: 'unsupported_auth_mode' });
    const { request } = plan;
    const query = connectionId === undefined ? request.query : `${request.query}&connection_id=${encodeURIComponent(connectionId)}`;
    return unwrap(api.postAuth({ ...request, query }, signal), signal);
  }

  function authorizeInPopup(popup: PopupWindow, request: OAuthRequest, sessionToken: string, authorize: AuthorizeOptions, websocketsPath: string | undefined): Promise<ConnectionIds> {
    const closed = () => oauthFailure('window_closed', 'window_closed', 'The sign-in window was closed before the connection finished.');
    const attempt = startPopupFlow(popup, {
      window: browser(),
      WebSocket: options.WebSocket ?? WebSocket,
      apiURL,
      fetch: fetcher,
      sessionToken,
      request,
      websocketsPath,
      onNavigated: () => {},
      onClosed: () => {
        if (authorize.detectClosedAuthWindow) attempt.abort({ ok: false, failure: closed() });
      },
    });
    const onAbort = () => attempt.abort({ ok: false, failure: { ...oauthFailure('window_closed', 'cancelled', ''), isCancelled: true } });
    authorize.signal?.addEventListener('abort', onAbort);
    if (authorize.signal?.aborted) onAbort();
    return attempt.result.then((result) => {
      authorize.signal?.removeEventListener('abort', onAbort);
      return connectionIds(result, authorize.signal);
    });
  }

  async function authorizeByRedirect(request: OAuthRequest, sessionToken: string, authorize: AuthorizeOptions): Promise<ConnectionIds> {
    const win = browser();
    const supported = await probeRedirectSupport({ apiURL, fetch: fetcher, signal: authorize.signal });
    if (!supported) throw ConnectError.from(oauthFailure('blocked_by_browser', 'redirect_unavailable', 'This API cannot send the page back after an OAuth redirect: use the popup.'));
    const failure: ApiFailure | null = launchRedirect({
      window: win,
      storage: options.storage === undefined ? sessionStorageOrNull() : options.storage,
      apiURL,
      returnUrl: () => authorize.returnUrl ?? win.location?.href ?? null,
      now: Date.now,
      newFlowId: () => newFlowId(),
    }, request, sessionToken);
    if (failure) throw ConnectError.from(failure);
    // The tab is leaving: the outcome is read with resumeRedirect() once it is back.
    return new Promise<never>(() => {});
  }

  function authorize(integrationId: string, authorize: AuthorizeOptions): Promise<ConnectionIds> {
    let sessionToken: string;
    let popup: PopupWindow | null = null;
    try {
      sessionToken = token();
      // Opened before any await: a popup needs the click's user activation. Sized for the
      // provider when the integrations are already known.
      const provider = knownIntegrations?.find((item) => item.unique_key === integrationId)?.provider ?? '';
      if (authorize.mode === 'popup') popup = authorize.popup !== undefined ? authorize.popup : openPopup(browser(), popupSizeFor(provider, null));
    } catch (error) {
      return Promise.reject(error);
    }
    if (authorize.mode === 'popup' && !popup) {
      return Promise.reject(ConnectError.from(oauthFailure('blocked_by_browser', 'popup_blocked', 'The browser blocked the sign-in window: allow pop-ups for this site.')));
    }
    // Once started, the flow closes the window itself, a moment after its result: the API tells the
    // socket before it answers the callback page, and a window closed while it navigates may stay
    // open (yet read as closed) with that page. Before that, nothing will: the blank window goes here.
    let isFlowStarted = false;
    const run = async () => {
      const integration = await integrationFor(integrationId, authorize.signal);
      const request: OAuthRequest = {
        providerConfigKey: integrationId,
        provider: integration.provider,
        params: authorize.params ?? {},
        credentials: authorize.credentials ?? {},
        authorizationParams: authorize.authorizationParams ?? {},
        ...(authorize.connectionId === undefined ? {} : { connectionId: authorize.connectionId }),
      };
      if (popup) {
        const sessionValue = await (cachedSession ?? session(authorize.signal));
        const flow = authorizeInPopup(popup, request, sessionToken, authorize, sessionValue.websocketsPath);
        isFlowStarted = true;
        return flow;
      }
      return authorizeByRedirect(request, sessionToken, authorize);
    };
    return run().catch((error: unknown) => {
      try {
        if (!isFlowStarted) popup?.close();
      } catch {
        // Already gone.
      }
      throw error;
    });
  }

  async function resumeRedirect(signal?: AbortSignal): Promise<ConnectionIds | null> {
    const storage = options.storage === undefined ? sessionStorageOrNull() : options.storage;
    const resumed = await resumeOAuth({ storage, apiURL, fetch: fetcher, signal });
    return resumed ? connectionIds(resumed.result, signal) : null;
  }

  return {
    session,
    integrations,
    provider: async (integrationId, signal) => (await formFor(integrationId, signal)).form,
    connect,
    authorize,
    resumeRedirect,
  };
}
