import type { ErrorType } from './errors';
import type { StepName } from './steps';

// The wire types in plain TypeScript, for the published `.d.ts` (the `plugboard` package depends
// on nothing, zod included). messages.ts holds the schemas that parse them; types.test.ts proves
// both agree.

export interface ConnectUISettings {
  theme: { light: { primary: string }; dark: { primary: string } };
  defaultTheme: 'light' | 'dark' | 'system';
  showWatermark: boolean;
}

export interface ConnectionResult {
  providerConfigKey: string;
  connectionId: string;
  isPending?: boolean | undefined;
  /** Plugboard addition: true when an existing connection was re-authorised. */
  isReconnect?: boolean | undefined;
}

export interface ErrorPayload {
  errorType: ErrorType;
  errorMessage: string;
  /** Plugboard addition: the raw code the API or provider sent, when there was one. */
  errorCode?: string | undefined;
}

/** Plugboard addition: one step of the user's, sent only to a host that asked (`events: 'all'`). */
export interface StepEvent {
  name: StepName;
  /** The integration's key, where the step is about one. */
  integration?: string | undefined;
  /** `search` only: how many integrations match (never the query). */
  resultCount?: number | undefined;
}

/** iframe → host page */
export type WidgetMessage =
  | { type: 'ready' }
  | { type: 'connect'; payload: ConnectionResult }
  | { type: 'error'; payload: ErrorPayload }
  | { type: 'close' }
  | { type: 'step'; payload: StepEvent }
  /** Plugboard addition: an inline widget's content height; the SDK applies it, hosts never see it. */
  | { type: 'resize'; height: number };

/** host page → iframe */
export type HostMessage = { type: 'session_token'; sessionToken: string } | { type: 'settings_changed'; payload: ConnectUISettings };
