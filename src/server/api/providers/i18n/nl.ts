import type { CatalogueTranslation } from './translation';

export const nl: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'API-sleutel', description: 'Elke sleutel die met test_ begint, wordt geaccepteerd' } },
    connection_config: {
      region: { title: 'Regio', description: 'Waar de gegevens van je account worden opgeslagen' },
      workspace: { title: 'Werkruimte', description: 'Laat leeg om je standaardwerkruimte te gebruiken', example: 'marketing' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: 'Accountdomein', description: 'Het subdomein van je account' } },
    credentials: {
      username: { title: 'E-mailadres', description: 'Het e-mailadres waarmee je inlogt' },
      password: { title: 'API-token', description: 'Elk token dat met test_ begint, wordt geaccepteerd' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: 'API-versie', description: 'Vastgelegd door de integratie; nooit getoond aan de gebruiker' } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'Client-ID', description: 'De ID van je API-client' },
      client_secret: { title: 'Clientgeheim', description: 'Elk geheim dat met test_ begint, wordt geaccepteerd' },
    },
    connection_config: {
      instance: { title: 'Instantiehost', description: 'De hostnaam van je instantie' },
      tenant_id: { title: 'Tenant-ID', description: 'Alleen nodig voor multi-tenantaccounts' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: 'Account-ID' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: 'Uitgever-ID' },
      privateKeyId: { title: 'Sleutel-ID' },
      privateKey: { title: 'Privésleutel', description: 'Begint met test_' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'E-mail' }, password: { title: 'Wachtwoord', description: 'Begint met test_' } },
  },
};
