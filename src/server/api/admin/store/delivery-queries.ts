import type Database from 'better-sqlite3';
import type { AdminStore, DeliveryRecord } from './admin-store';

interface DeliveryRow {
  id: number;
  url: string;
  body: string;
  status: number | null;
  attempts: number;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** The webhook deliveries table, read newest first (the core store lists them oldest first). */
export function deliveryQueries(db: Database.Database): Pick<AdminStore, 'listDeliveries' | 'getDelivery'> {
  return {
    listDeliveries: (limit) =>
      db.prepare<[number], DeliveryRow>('SELECT * FROM webhook_deliveries ORDER BY id DESC LIMIT ?').all(limit).map(toDelivery),
    getDelivery(id) {
      const row = db.prepare<[number], DeliveryRow>('SELECT * FROM webhook_deliveries WHERE id = ?').get(id);
      return row ? toDelivery(row) : undefined;
    },
  };
}

function toDelivery(row: DeliveryRow): DeliveryRecord {
  return {
    id: row.id, url: row.url, body: row.body, status: row.status, attempts: row.attempts,
    lastError: row.last_error, createdAt: row.created_at, deliveredAt: row.delivered_at,
  };
}
