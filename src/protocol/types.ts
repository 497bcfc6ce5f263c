import type { ErrorType } from './errors';

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

/** iframe → host page */
export type WidgetMessage =
  | { type: 'ready' }
  | { type: 'connect'; payload: ConnectionResult }
  | { type: 'error'; payload: ErrorPayload }
  | { type: 'close' };

/** host page → iframe */
export type HostMessage = { type: 'session_token'; sessionToken: string } | { type: 'settings_changed'; payload: ConnectUISettings };
