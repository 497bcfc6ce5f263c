import { describe, expect, it } from 'vitest';
import { createRedirectResults, type FlowOwner } from './redirect-results';
import type { WsOutcomeMessage } from './ws-hub';

const success = (connectionId: string): WsOutcomeMessage => ({ message_type: 'success', provider_config_key: 'crm', connection_id: connectionId, is_pending: false });
const failure: WsOutcomeMessage = { message_type: 'error', error_type: 'unknown_connect_session_token', error_desc: 'expired' };
const session = (id: number): FlowOwner => ({ kind: 'session', key: String(id) });
const anonymous = (address: string): FlowOwner => ({ kind: 'anonymous', key: address });

describe('redirect results', () => {
  it('keeps no outcome for a flow nobody registered', () => {
    const results = createRedirectResults();
    results.keepResult('never-registered', failure);
    expect(results.takeResult('never-registered')).toBeUndefined();
  });

  it('never lets anonymous failing flows, from however many addresses, evict a signed-in user’s outcome', () => {
    const results = createRedirectResults();
    results.register('real-flow', session(1));
    results.keepResult('real-flow', success('conn-1'));
    for (let index = 0; index < 50_000; index += 1) {
      const flowId = `flood-${index}`;
      results.register(flowId, anonymous(`10.0.${index >> 8}.${index & 255}`));
      results.keepResult(flowId, failure);
    }
    expect(results.size()).toBeLessThanOrEqual(1_001 + 1);
    expect(results.takeResult('real-flow')).toEqual(success('conn-1'));
  });

  it('caps the flows of one session or address: its oldest go first, other owners keep theirs', () => {
    const results = createRedirectResults();
    results.register('other', session(2));
    results.keepResult('other', success('conn-2'));
    for (let index = 0; index < 100; index += 1) {
      results.register(`mine-${index}`, session(1));
      results.keepResult(`mine-${index}`, success(`c-${index}`));
    }
    expect(results.peekResult('mine-0')).toBeUndefined();
    expect(results.peekResult('mine-99')).toEqual(success('c-99'));
    expect(results.takeResult('other')).toEqual(success('conn-2'));
  });

  it('forgets outcomes after an hour', () => {
    let now = 0;
    const results = createRedirectResults(() => now);
    results.register('flow', session(1));
    results.keepResult('flow', success('conn'));
    now += 60 * 60 * 1000 + 1;
    expect(results.takeResult('flow')).toBeUndefined();
  });
});
