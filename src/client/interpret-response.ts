import { z } from '../contract/zod';
import type { Result } from './failure';
import { readBody } from './read-response';

/** `readBody` with a zod schema: the OAuth calls keep their schemas (the API client has none). */
export function interpretResponse<T>(status: number, text: string, schema: z.ZodMiniType<T>): Result<T> {
  return readBody(status, text, (json) => {
    const result = z.safeParse(schema, json);
    return result.success ? result.data : null;
  });
}
