import { signal, type ReadonlySignal, type Signal } from '@preact/signals-core';
import type { ApiClient } from '../../client/http';
import type { LoadGets, PendingGet } from '../../client/early-get';
import type { ConnectModule } from '../connect-module';
import type { OAuthModule } from '../oauth-module';
import type { OAuthWaitingProps } from '../oauth/OAuthWaiting';
import type { FunctionComponent } from 'preact';
import type { Integration, Provider, Session } from '../../contract/connect';
import type { Result } from '../../client/failure';
import type { WidgetConfig } from '../boot/widget-config';
import type { ConnectUISettings, WidgetMessage } from '../../protocol/messages';
import { initialScreen } from './transition';
import type { OAuthPhase, Screen } from './screen';
import type { OAuthDeps } from './oauth-calls';
import type { OAuthMode } from './oauth';
import type { Track } from '../telemetry/telemetry';
import type { FormModel } from '../form/form-model';
import { createPendingModel, type PendingModel } from './pending-model';
import { createListModel, type ListModel } from '../list/list-model';

/**
 * What the composition root hands the OAuth flow (built at boot, cheap: the flow itself lives in
 * the lazily loaded half): the widget's window and the host page's origin once it is pinned.
 * `overrides` replace parts of the browser (tests drive a fake window and WebSocket).
 */
export interface OAuthEnvironment {
  window: Window;
  hostOrigin: () => string | null;
  overrides?: Partial<OAuthDeps>;
}

export interface WidgetDeps {
  config: WidgetConfig;
  api: ApiClient;
  /**
   * Sends the first load's GETs with the current token; the first chunk reads them itself, so the
   * list never waits for the lazy half. Without it (a client given directly), `api` loads.
   */
  sendLoadGets?: () => LoadGets;
  /**
   * Sends a provider's GET now, from the first chunk, so a form that needs the lazy half fetches
   * its provider in parallel with that half; `api` reads it once loaded.
   */
  sendProviderGet?: (provider: string) => PendingGet;
  /** A first-load GET that takes longer fails with `timeout` (the API client's own calls have theirs). */
  requestTimeoutMs?: number;
  /** The session token, shared with the API client. */
  token: Signal<string | null>;
  /** Posts to the host page. */
  emit: (message: WidgetMessage) => void;
  /** Applies the session's theme settings (or the preview's live ones). */
  applySettings: (settings: ConnectUISettings | null) => void;
  /** The lazily loaded half of the widget: form builder, submit path, the screens after the list. */
  loadConnect: () => Promise<ConnectModule>;
  /** The OAuth chunk (default: the built one); loaded on an OAuth form, or to resume a redirect. */
  loadOAuth?: () => Promise<OAuthModule>;
  newExternalId: () => string;
  slowAfterMs?: number;
  /** How long an expired session waits for the host's new token before saying what to do. */
  strandedAfterMs?: number;
  /** The window and host origin the OAuth flow drives (default: this window, origin unknown). */
  oauth?: OAuthEnvironment;
  /** The user's "Try again" on the deployment check the network failed (the composition root runs that check). */
  checkApiAgain?: () => void;
}

/** What leaving a form was asked for, while the widget asks the user to confirm. */
export type LeaveIntent = 'close' | 'back';

/** What the OAuth waiting screen reads and offers: the screen's phase, and what "Reopen" does now. */
export interface OAuthView {
  phase: ReadonlySignal<OAuthPhase | 'idle'>;
  isSlow: ReadonlySignal<boolean>;
  nextStep: ReadonlySignal<OAuthMode>;
  /** How often the popup was blocked in this widget so far (twice: the other device is offered). */
  blockedCount: ReadonlySignal<number>;
  reopen: () => void;
  cancel: () => void;
  /** The waiting screen itself, which comes with the OAuth chunk. */
  Waiting: FunctionComponent<OAuthWaitingProps>;
}

/** The signals the machine and its effects share. Only they write them; components read them. */
export interface WidgetState {
  deps: WidgetDeps;
  /** Written by `machine.ts` alone (the architecture test checks it). */
  screen: Signal<Screen>;
  session: Signal<Session | null>;
  integrations: Signal<Integration[]>;
  /** The list's search over `integrations`: part of the first chunk, which paints the list. */
  list: ListModel;
  confirmLeave: Signal<LeaveIntent | null>;
  /** Set once the lazy half has loaded; the screens that need it wait for it. */
  connect: Signal<ConnectModule | null>;
  forms: Map<string, FormModel>;
  providers: Map<string, Promise<Result<Provider>>>;
  pending: PendingModel;
  /** The OAuth flow's view, made with the lazy half's effects. */
  oauth: Signal<OAuthView | null>;
  /** Sends a telemetry beacon; set with the lazy half (no beacon can go before a token anyway). */
  track?: Track;
  /** Sends the held beacons at once (the frame may go on close); set with the lazy half. */
  sendNow?: () => void;
}

export function createWidgetState(deps: WidgetDeps): WidgetState {
  const hasToken = deps.token.value !== null;
  const integrations = signal<Integration[]>([]);
  return {
    deps,
    screen: signal(initialScreen({ hasToken, isTopLevel: deps.config.isTopLevel })),
    session: signal(null),
    integrations,
    list: createListModel(integrations),
    confirmLeave: signal(null),
    connect: signal(null),
    forms: new Map(),
    providers: new Map(),
    pending: createPendingModel({ slowAfterMs: deps.slowAfterMs }),
    oauth: signal(null),
  };
}
