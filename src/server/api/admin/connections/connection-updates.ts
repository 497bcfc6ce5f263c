import type { ApiDeps } from '../../deps';
import { apiError } from '../../http/api-error';
import { buildSessionTags } from '../../sessions/session-tags';
import type { Connection, ConnectionPatch } from '../../store/store';
import type { MetadataBody, PatchConnectionBody } from './connection-schemas';

/**
 * `POST` (replace) and `PATCH` (shallow merge) `/connections/metadata`. Every connection
 * must exist before any is written: a missing one changes nothing.
 */
export function writeMetadata(deps: ApiDeps, body: MetadataBody, mode: 'replace' | 'merge'): void {
  const ids = Array.isArray(body.connection_id) ? body.connection_id : [body.connection_id];
  const connections: Connection[] = [];
  for (const id of ids) {
    const connection = deps.store.getConnection(body.provider_config_key, id);
    if (!connection) {
      const unchanged = ids.length > 1 ? ' No actions were taken on any of the connections as a result of this failure.' : '';
      throw apiError(404, 'unknown_connection', `Connection with connection id ${id} and provider config key ${body.provider_config_key} not found. Please make sure the connection exists.${unchanged}`);
    }
    connections.push(connection);
  }
  deps.store.database.transaction(() => {
    for (const connection of connections) {
      const current = mode === 'merge' ? deps.store.getMetadata(connection.id) ?? {} : {};
      deps.store.setMetadata(connection.id, { ...current, ...body.metadata });
    }
  })();
}

/**
 * `PATCH /connections/:connectionId`: tags derived from the end user merged with the
 * body's (the body wins) replace the connection's; `''` clears the webhook URL override.
 */
export function patchConnection(deps: ApiDeps, connection: Connection, body: PatchConnectionBody): void {
  const change: ConnectionPatch = {};
  if (body.end_user !== undefined || body.tags !== undefined) change.tags = buildSessionTags(body.end_user, undefined, body.tags);
  if (body.webhook_url_override !== undefined) change.webhookUrlOverride = body.webhook_url_override || null;
  if (body.end_user) {
    const linked = connection.endUserRowId === null ? undefined : deps.store.getEndUser(connection.endUserRowId);
    change.endUser = {
      endUserId: body.end_user.id,
      email: body.end_user.email ?? null,
      displayName: body.end_user.display_name ?? null,
      tags: body.end_user.tags ?? {},
      organizationId: linked?.organizationId ?? null,
      organizationDisplayName: linked?.organizationDisplayName ?? null,
    };
  }
  deps.store.patchConnection(connection, change, deps.now().toISOString());
}
