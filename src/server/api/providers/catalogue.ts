import type { Provider } from './provider';

/** The provider catalogue: built-ins plus, optionally, the entries of a providers.yaml. */
export interface ProviderCatalogue {
  get(name: string): Provider | undefined;
  list(): Array<[name: string, provider: Provider]>;
}

/** Later sources win, so a providers.yaml cannot shadow the built-ins if they are passed last. */
export function createCatalogue(...sources: Array<Record<string, Provider>>): ProviderCatalogue {
  const byName = new Map<string, Provider>();
  for (const source of sources) for (const [name, provider] of Object.entries(source)) byName.set(name, provider);
  const sorted = [...byName.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    get: (name) => byName.get(name),
    list: () => sorted,
  };
}
