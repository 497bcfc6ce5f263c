import { describe, expect, it } from 'vitest';
import { z } from '../../protocol/zod';
import { interpretResponse } from './interpret-response';

const schema = z.object({ ok: z.boolean() });

describe('interpretResponse', () => {
  it('parses a 2xx body with the schema', () => {
    expect(interpretResponse(200, '{"ok":true}', schema)).toEqual({ ok: true, value: { ok: true } });
  });

  it('keeps the server’s message, else its first validation issue with the field', () => {
    expect(interpretResponse(404, '{"error":{"code":"not_found","message":"Integration does not exist"}}', schema)).toEqual({
      ok: false,
      failure: { status: 404, code: 'not_found', message: 'Integration does not exist' },
    });
    const issue = '{"error":{"code":"invalid_body","errors":[{"code":"invalid_string","message":"Unique key already exists","path":["uniqueKey"]}]}}';
    expect(interpretResponse(400, issue, schema)).toMatchObject({ failure: { message: 'uniqueKey: Unique key already exists' } });
    expect(interpretResponse(400, '{"error":{"code":"unknown_connection"}}', schema)).toMatchObject({ failure: { message: 'unknown_connection' } });
  });

  it('turns HTML, an empty body and a wrong shape into readable failures', () => {
    expect(interpretResponse(502, '<html>Bad gateway</html>', schema)).toMatchObject({ failure: { status: 502, message: 'The server answered HTTP 502' } });
    expect(interpretResponse(200, '', schema)).toMatchObject({ failure: { code: 'unexpected_response' } });
    expect(interpretResponse(200, '{"ok":"yes"}', schema)).toMatchObject({ failure: { code: 'unexpected_response' } });
  });
});
