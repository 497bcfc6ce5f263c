import { describe, expect, it } from 'vitest';
import { parseSocketMessage } from './socket';

const frame = (value: unknown) => JSON.stringify(value);

describe('parseSocketMessage', () => {
  it('reads the ack, a success and an error in Nango’s shapes', () => {
    expect(parseSocketMessage(frame({ message_type: 'connection_ack', ws_client_id: 'abc' }))).toEqual({ message_type: 'connection_ack', ws_client_id: 'abc' });
    expect(parseSocketMessage(frame({ message_type: 'success', provider_config_key: 'k', connection_id: 'c', is_pending: true }))).toMatchObject({
      message_type: 'success',
      connection_id: 'c',
      is_pending: true,
    });
    expect(parseSocketMessage(frame({ message_type: 'error', error_type: 'token_err', error_desc: 'Bad code' }))).toMatchObject({
      message_type: 'error',
      error_type: 'token_err',
      error_desc: 'Bad code',
    });
  });

  it('fills in a missing error type or description instead of dropping the error', () => {
    expect(parseSocketMessage(frame({ message_type: 'error' }))).toMatchObject({ error_type: 'unknown_err', error_desc: '' });
  });

  it('ignores unknown types, bad JSON, binary frames and a success without a connection id', () => {
    expect(parseSocketMessage(frame({ message_type: 'ping' }))).toBeNull();
    expect(parseSocketMessage('{not json')).toBeNull();
    expect(parseSocketMessage(new ArrayBuffer(4))).toBeNull();
    expect(parseSocketMessage(frame({ message_type: 'success', provider_config_key: 'k' }))).toBeNull();
    expect(parseSocketMessage(frame(null))).toBeNull();
  });
});
