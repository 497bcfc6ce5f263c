import { describe, expect, it } from 'vitest';
import { newFlowId, savePendingFlow, takePendingFlow, type FlowStorage } from './pending-flow';
import { chooseReturnUrl } from './redirect';

function memoryStorage(): FlowStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const flow = { flowId: 'a'.repeat(32), providerConfigKey: 'demo-oauth2', startedAt: 1_000 };

describe('pending flow', () => {
  it('is taken once: a reload cannot resume the same flow twice', () => {
    const storage = memoryStorage();
    expect(savePendingFlow(storage, flow)).toBe(true);
    expect(takePendingFlow(storage, 2_000)).toEqual(flow);
    expect(takePendingFlow(storage, 2_000)).toBeNull();
  });

  it('is dropped when older than 30 minutes, or when it is not ours', () => {
    const storage = memoryStorage();
    savePendingFlow(storage, flow);
    expect(takePendingFlow(storage, flow.startedAt + 31 * 60_000)).toBeNull();
    storage.items.set('plugboard.oauth.pending', '{"flowId":"x"}');
    expect(takePendingFlow(storage, 2_000)).toBeNull();
    // Each field on its own: a guessable id, and an entry from the future (planted or a skewed clock).
    storage.items.set('plugboard.oauth.pending', JSON.stringify({ ...flow, flowId: 'short' }));
    expect(takePendingFlow(storage, 2_000)).toBeNull();
    storage.items.set('plugboard.oauth.pending', JSON.stringify({ ...flow, startedAt: 5_000 }));
    expect(takePendingFlow(storage, 2_000)).toBeNull();
    storage.items.set('plugboard.oauth.pending', 'not json');
    expect(takePendingFlow(storage, 2_000)).toBeNull();
  });

  it('reports a storage that refuses to write (then redirect mode is off)', () => {
    const refusing: FlowStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(savePendingFlow(refusing, flow)).toBe(false);
    expect(takePendingFlow(refusing, 2_000)).toBeNull();
  });

  it('reports a storage that accepts the write but keeps nothing', () => {
    const forgetful: FlowStorage = { getItem: () => null, setItem: () => {}, removeItem: () => {} };
    expect(savePendingFlow(forgetful, flow)).toBe(false);
  });

  it('makes URL-safe ids of 32 characters', () => {
    const id = newFlowId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newFlowId()).not.toBe(id);
  });
});

describe('chooseReturnUrl', () => {
  const host = 'https://app.example';

  it('uses the page the host asked for when it is on the host’s origin, without its hash', () => {
    expect(chooseReturnUrl('https://app.example/settings?tab=apps#x', host)).toBe('https://app.example/settings?tab=apps');
  });

  it('falls back to the host’s home page for another origin or a non-http URL', () => {
    expect(chooseReturnUrl('https://evil.example/', host)).toBe('https://app.example/');
    expect(chooseReturnUrl('javascript:alert(1)', host)).toBe('https://app.example/');
    expect(chooseReturnUrl(null, host)).toBe('https://app.example/');
  });

  it('has nowhere to return before the host’s origin is known', () => {
    expect(chooseReturnUrl('https://app.example/', null)).toBeNull();
  });
});
