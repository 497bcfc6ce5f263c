/** The OAuth chunk (see `oauth/index.ts`). */
export type OAuthModule = typeof import('./oauth');

export interface OAuthModuleLoader {
  /** Loads it once; a failed load (offline, a deploy replaced the chunk) may be tried again. */
  load: () => Promise<OAuthModule>;
  /** The module once loaded: a click can then start the sign-in at once, keeping its user gesture. */
  loaded: () => OAuthModule | null;
}

export function oauthModuleLoader(load: () => Promise<OAuthModule> = () => import('./oauth')): OAuthModuleLoader {
  let loading: Promise<OAuthModule> | null = null;
  let module: OAuthModule | null = null;
  return {
    load: () =>
      (loading ??= load().then(
        (loadedModule) => (module = loadedModule),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => module,
  };
}
