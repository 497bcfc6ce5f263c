import type { ApiClient } from '../../client/http';
import { networkFailureFrom } from '../../client/failure';
import type { PendingGet } from '../../client/early-get';
import { failed, type Result } from '../../client/failure';

/**
 * An API client whose code (and zod schemas) arrive with the lazily loaded chunk: the first
 * screen does not carry them. A chunk that cannot load is a network failure like any other.
 */
export function lazyApiClient(load: () => Promise<ApiClient>): ApiClient {
  let loaded: ApiClient | null = null;
  async function call<T>(use: (client: ApiClient) => Promise<Result<T>>, early?: PendingGet): Promise<Result<T>> {
    try {
      loaded ??= await load();
    } catch (error) {
      early?.abort(); // nobody will read its answer
      return failed(networkFailureFrom(error));
    }
    return use(loaded);
  }
  return {
    getSession: (signal, early) => call((client) => client.getSession(signal, early), early),
    listIntegrations: (signal, early) => call((client) => client.listIntegrations(signal, early), early),
    getProvider: (provider, signal, early) => call((client) => client.getProvider(provider, signal, early), early),
    postAuth: (request, signal) => call((client) => client.postAuth(request, signal)),
  };
}
