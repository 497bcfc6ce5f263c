import { describe, expect, it } from 'vitest';
import { connectionResponse, providerResponse } from '../contract/connect';
import { interpretResponse } from './interpret-response';

const ok = JSON.stringify({ connectionId: 'c1', providerConfigKey: 'openai' });

describe('interpretResponse', () => {
  it('returns the parsed value of a good response', () => {
    expect(interpretResponse(200, ok, connectionResponse)).toEqual({ ok: true, value: { connectionId: 'c1', providerConfigKey: 'openai' } });
  });

  it('treats any JSON holding `error` as a failure, even with status 200 (TBA)', () => {
    const body = JSON.stringify({ error: { code: 'invalid_credentials', message: 'Bad token' } });
    expect(interpretResponse(200, body, connectionResponse)).toMatchObject({
      ok: false,
      failure: { errorType: 'connection_test_failed', code: 'invalid_credentials', message: 'Bad token', status: 200 },
    });
  });

  it('maps an expired session to session_expired', () => {
    const body = JSON.stringify({ error: { code: 'unknown_connect_session_token', message: 'nope' } });
    expect(interpretResponse(401, body, providerResponse)).toMatchObject({ ok: false, failure: { errorType: 'session_expired' } });
  });

  it('keeps an error without message as an empty message (the UI supplies a fallback)', () => {
    const body = JSON.stringify({ error: { code: 'integration_not_allowed' } });
    expect(interpretResponse(400, body, connectionResponse)).toMatchObject({
      ok: false,
      failure: { errorType: 'invalid_request', code: 'integration_not_allowed', message: '' },
    });
  });

  it('accepts a bare string error', () => {
    expect(interpretResponse(400, '{"error":"bad_thing"}', connectionResponse)).toMatchObject({ ok: false, failure: { code: 'bad_thing' } });
  });

  it('turns a 502 with an HTML body into a server error with an excerpt', () => {
    const result = interpretResponse(502, '<html><body>Bad gateway</body></html>', connectionResponse);
    expect(result).toMatchObject({ ok: false, failure: { errorType: 'server_error', status: 502, code: null } });
    expect(result.ok ? null : result.failure.detail).toContain('Bad gateway');
  });

  it('turns malformed JSON, an empty body and a wrong shape on 200 into server errors', () => {
    expect(interpretResponse(200, '{"connectionId":', connectionResponse)).toMatchObject({ ok: false, failure: { errorType: 'server_error', code: 'malformed_json' } });
    expect(interpretResponse(200, '', connectionResponse)).toMatchObject({ ok: false, failure: { errorType: 'server_error', code: 'empty_body' } });
    expect(interpretResponse(200, '{"id":1}', connectionResponse)).toMatchObject({ ok: false, failure: { errorType: 'server_error', code: 'unexpected_response' } });
  });

  it('never reads a success out of a non-2xx status, whatever the body looks like', () => {
    expect(interpretResponse(500, ok, connectionResponse)).toMatchObject({ ok: false, failure: { errorType: 'server_error', status: 500, code: null } });
    expect(interpretResponse(404, ok, connectionResponse)).toMatchObject({ ok: false, failure: { status: 404 } });
  });

  it('classifies by status when the server sends no code', () => {
    expect(interpretResponse(500, '', connectionResponse)).toMatchObject({ ok: false, failure: { errorType: 'server_error' } });
    expect(interpretResponse(404, 'Not found', connectionResponse)).toMatchObject({ ok: false, failure: { errorType: 'invalid_request' } });
    expect(interpretResponse(401, '', connectionResponse)).toMatchObject({ ok: false, failure: { errorType: 'session_expired' } });
  });
});
