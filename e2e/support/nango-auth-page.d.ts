// What e2e/pages/nango-auth.js exposes on `window` for the headless-auth spec.

export interface HeadlessOutcome {
  result?: unknown;
  error?: { isError: boolean; type?: unknown; message?: unknown };
}

declare global {
  interface Window {
    nangoAuth: {
      /** The next click on #run calls `new Nango({ host, connectSessionToken: token }).auth(...args)` of that SDK. */
      prepare: (sdk: 'nango' | 'plugboard', token: string | null, args: unknown[]) => void;
      outcome: Promise<HeadlessOutcome> | null;
      blockPopups: () => void;
    };
  }
}
