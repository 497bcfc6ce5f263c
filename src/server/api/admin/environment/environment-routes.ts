import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { secretKeyAuth } from '../../auth/middleware';
import type { ApiDeps } from '../../deps';
import { jsonBody, queryParams, requireJsonContentType } from '../../http/validators';
import { emptyQuerySchema } from '../../routes/connect-session-schemas';
import { readWebhookSettings, writeWebhookSettings } from '../../store/environment-settings';
import type { WebhookSettings } from '../../store/store';
import { rotatedSigningKeySetting } from '../../webhooks/webhook-sender';
import { webhookSettingsBodySchema, type WebhookSettingsBody } from './environment-schemas';

/**
 * `/plugboard/environment` (ours): what Nango's dashboard reads from `environments/current` and
 * writes with `PATCH environments/webhook`, behind the secret key instead of a login.
 */
export function environmentRoutes(deps: ApiDeps) {
  const app = new Hono();
  app.use('*', requireJsonContentType, secretKeyAuth(deps));

  app.get('/', queryParams(emptyQuerySchema), (c) => c.json({ data: environmentView(deps) }));

  app.patch('/webhook', queryParams(emptyQuerySchema), jsonBody(webhookSettingsBodySchema), (c) => {
    writeWebhookSettings(deps.store, applyWebhookChange(readWebhookSettings(deps.store), c.req.valid('json')));
    return c.json({ success: true });
  });

  return app;
}

/** `POST /environment/webhook-signing-key/rotate`: Nango's public route and wire shape. */
export function signingKeyRoutes(deps: ApiDeps) {
  const app = new Hono();
  app.post('/webhook-signing-key/rotate', secretKeyAuth(deps), requireJsonContentType, queryParams(emptyQuerySchema), (c) => {
    const key = randomUUID();
    deps.store.setSealedSetting(rotatedSigningKeySetting, key);
    return c.json({ data: { webhook_signing_key: key } });
  });
  return app;
}

function environmentView(deps: ApiDeps) {
  const settings = readWebhookSettings(deps.store);
  return {
    name: deps.environmentName,
    environments: deps.environmentNames,
    secret_key: deps.secretKey,
    webhook_signing_key: deps.webhooks.signingKey(),
    webhook_settings: {
      primary_url: settings.primaryUrl,
      secondary_url: settings.secondaryUrl,
      on_auth_creation: settings.sendCreationWebhooks,
      on_auth_refresh_error: settings.sendRefreshErrorWebhooks,
    },
    callback_url: `${deps.publicUrl}/oauth/callback`,
    connect_ui_url: deps.connectUiUrl,
  };
}

/** Only the given fields change; `''` clears a URL. */
export function applyWebhookChange(current: WebhookSettings, change: WebhookSettingsBody): WebhookSettings {
  const url = (value: string | undefined, previous: string | null) => (value === undefined ? previous : value || null);
  return {
    primaryUrl: url(change.primary_url, current.primaryUrl),
    secondaryUrl: url(change.secondary_url, current.secondaryUrl),
    sendCreationWebhooks: change.on_auth_creation ?? current.sendCreationWebhooks,
    sendRefreshErrorWebhooks: change.on_auth_refresh_error ?? current.sendRefreshErrorWebhooks,
  };
}
