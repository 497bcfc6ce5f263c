import { loadOnce, type OnceLoader } from './connect-module';

/** The OAuth chunk (see `oauth/index.ts`). */
export type OAuthModule = typeof import('./oauth');

/** Its loader; `loaded()` lets a click start the sign-in at once, keeping its user gesture. */
export function oauthModuleLoader(load: () => Promise<OAuthModule> = () => import('./oauth')): OnceLoader<OAuthModule> {
  return loadOnce(load);
}
