import type { ApiClient } from './api-client';
import { networkFailure } from './api-failure';
import { failed, type Result } from './result';

/**
 * An API client whose code (and zod schemas) arrive with the lazily loaded chunk: the first
 * screen does not carry them. A chunk that cannot load is a network failure like any other.
 */
export function lazyApiClient(load: () => Promise<ApiClient>): ApiClient {
  let loaded: ApiClient | null = null;
  async function call<T>(use: (client: ApiClient) => Promise<Result<T>>): Promise<Result<T>> {
    try {
      loaded ??= await load();
    } catch (error) {
      return failed(networkFailure(error instanceof Error ? error.message : null));
    }
    return use(loaded);
  }
  return {
    getSession: (signal) => call((client) => client.getSession(signal)),
    listIntegrations: (signal) => call((client) => client.listIntegrations(signal)),
    getProvider: (provider, signal) => call((client) => client.getProvider(provider, signal)),
    postAuth: (request, signal) => call((client) => client.postAuth(request, signal)),
  };
}
