import type { Result } from '../api/result';
import type { Environment, AdminIntegration as Integration, AdminProvider as Provider } from '../../contract';

export const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
export const fails = <T>(message: string, status = 400): Promise<Result<T>> =>
  Promise.resolve({ ok: false, failure: { status, code: 'test', message } });

export const environment: Environment = {
  name: 'dev',
  secret_key: 'sk',
  webhook_signing_key: 'wsk',
  webhook_settings: { primary_url: null, secondary_url: null, on_auth_creation: true, on_auth_refresh_error: true },
  callback_url: 'http://api.test/oauth/callback',
  connect_ui_url: 'http://ui.test/',
};

export const provider = (name: string, authMode: string): Provider => ({ name, display_name: `P ${name}`, auth_mode: authMode });

export const integration = (key: string, providerName: string): Integration => ({
  unique_key: key,
  provider: providerName,
  display_name: `P ${providerName}`,
  logo: '',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
});
