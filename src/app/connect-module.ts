import { addEnglish } from './i18n/translate';

/** The lazily loaded half of the widget (see `connect/index.ts`). */
export type ConnectModule = typeof import('./connect');

/** Loads it once; a failed load (offline, a deploy replaced the chunk) may be tried again. */
export function connectModuleLoader(load: () => Promise<ConnectModule> = () => import('./connect')): () => Promise<ConnectModule> {
  let loading: Promise<ConnectModule> | null = null;
  return () => {
    // The English strings of the lazy half's screens come with it; added before any of them renders.
    loading ??= load().then((module) => {
      addEnglish(module.enConnect);
      return module;
    }).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
