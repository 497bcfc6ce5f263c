import type { ConnectionFilter } from './admin-store';

/** A parameterised SQL query: the text never contains a caller's value. */
export interface SqlQuery {
  sql: string;
  params: Array<string | number>;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * `GET /connections` as SQL: every filter is an AND, tags use JSON containment
 * (each requested key must hold that value), newest first with `id` as the tie-breaker.
 */
export function connectionListQuery(filter: ConnectionFilter): SqlQuery {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.connectionId !== undefined) {
    where.push('c.connection_id = ?');
    params.push(filter.connectionId);
  }
  if (filter.search !== undefined) {
    where.push("(c.connection_id LIKE ? ESCAPE '\\' OR e.display_name LIKE ? ESCAPE '\\' OR e.email LIKE ? ESCAPE '\\')");
    const pattern = `%${escapeLike(filter.search)}%`;
    params.push(pattern, pattern, pattern);
  }
  if (filter.endUserId !== undefined) {
    where.push('e.end_user_id = ?');
    params.push(filter.endUserId);
  }
  if (filter.endUserOrganizationId !== undefined) {
    where.push('e.organization_id = ?');
    params.push(filter.endUserOrganizationId);
  }
  if (filter.integrationIds !== undefined) {
    where.push(`c.provider_config_key IN (${filter.integrationIds.map(() => '?').join(', ')})`);
    params.push(...filter.integrationIds);
  }
  for (const [key, value] of Object.entries(filter.tags ?? {})) {
    // Tag keys are validated against ^[a-zA-Z][a-zA-Z0-9_\-./]*$, so they never contain a quote.
    where.push('json_extract(c.tags, ?) = ?');
    params.push(`$."${key}"`, value);
  }
  const sql = [
    'SELECT c.*, e.end_user_id AS eu_end_user_id, e.email AS eu_email, e.display_name AS eu_display_name,',
    '  e.tags AS eu_tags, e.organization_id AS eu_organization_id, e.organization_display_name AS eu_organization_display_name,',
    '  a.log_id AS auth_error_log_id, m.metadata AS metadata',
    'FROM connections c LEFT JOIN end_users e ON e.id = c.end_user_row_id',
    'LEFT JOIN connection_auth_errors a ON a.connection_row_id = c.id LEFT JOIN connection_metadata m ON m.connection_row_id = c.id',
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    'ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?',
  ].join('\n');
  return { sql, params: [...params, filter.limit, filter.offset] };
}
