import type { Json } from '../../store/store';

/** A connection row for the admin list: no credentials, with its end user joined. */
export interface ConnectionListRow {
  id: number;
  connectionId: string;
  providerConfigKey: string;
  provider: string;
  authMode: string;
  tags: Record<string, string>;
  endUser: AdminEndUser | null;
  /** Set while the last token refresh failed. */
  authErrorLogId: string | null;
  metadata: Record<string, Json> | null;
  createdAt: string;
  updatedAt: string;
}

export interface AdminEndUser {
  endUserId: string;
  email: string | null;
  displayName: string | null;
  tags: Record<string, string>;
  organizationId: string | null;
  organizationDisplayName: string | null;
}

/** The filters of `GET /connections`, already validated. */
export interface ConnectionFilter {
  connectionId?: string | undefined;
  search?: string | undefined;
  endUserId?: string | undefined;
  endUserOrganizationId?: string | undefined;
  integrationIds?: string[] | undefined;
  tags?: Record<string, string> | undefined;
  limit: number;
  offset: number;
}

/** What Nango keeps on an integration and the core store does not: `forward_webhooks` and the extras of a create. */
export interface IntegrationExtras {
  forwardWebhooks: boolean;
  webhookSecret: string | null;
  custom: Record<string, string>;
}

export interface DeliveryRecord {
  id: number;
  url: string;
  body: string;
  status: number | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}


/**
 * The admin routes' queries that the core `Store` has no method for. Same database, same
 * tables; one extra table (`integration_extras`) for the fields only the admin API knows.
 */
export interface AdminStore {
  listConnections(filter: ConnectionFilter): ConnectionListRow[];
  getEndUser(rowId: number): AdminEndUser | null;
  countConnectionsOf(providerConfigKey: string): number;
  /** Removes the connection and its end-user row; false when there was none. */
  deleteConnection(providerConfigKey: string, connectionId: string): boolean;
  /** Removes the integration, its connections and their end users, in one transaction. */
  deleteIntegration(uniqueKey: string): boolean;
  renameIntegration(from: string, to: string, now: string): void;
  getExtras(uniqueKey: string): IntegrationExtras;
  setExtras(uniqueKey: string, extras: IntegrationExtras): void;
  listDeliveries(limit: number): DeliveryRecord[];
  getDelivery(id: number): DeliveryRecord | undefined;
}

export const defaultExtras: IntegrationExtras = { forwardWebhooks: true, webhookSecret: null, custom: {} };
