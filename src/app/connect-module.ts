import { addEnglish } from './i18n/translate';

/** The lazily loaded half of the widget (see `connect/index.ts`). */
export type ConnectModule = typeof import('./connect');

export interface OnceLoader<T> {
  /** Loads it once; a failed load (offline, a deploy replaced the chunk) may be tried again. */
  load: () => Promise<T>;
  /** What it loaded, once it has. */
  loaded: () => T | null;
}

/** A lazy chunk's loader: one load shared by every caller, and another try after a failure. */
export function loadOnce<T>(load: () => Promise<T>): OnceLoader<T> {
  let loading: Promise<T> | null = null;
  let value: T | null = null;
  return {
    load: () =>
      (loading ??= load().then(
        (loadedValue) => (value = loadedValue),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    loaded: () => value,
  };
}

/** Loads the lazy half once, a failed load tried again by the next caller. */
export function connectModuleLoader(load: () => Promise<ConnectModule> = () => import('./connect')): () => Promise<ConnectModule> {
  // The English strings of the lazy half's screens come with it; added before any of them renders.
  return loadOnce(() =>
    load().then((module) => {
      addEnglish(module.enConnect);
      return module;
    }),
  ).load;
}
