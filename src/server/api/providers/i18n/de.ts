import type { CatalogueTranslation } from './translation';

export const de: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'API-Schlüssel', description: 'Jeder Schlüssel, der mit test_ beginnt, wird akzeptiert' } },
    connection_config: {
      region: { title: 'Region', description: 'Wo Ihre Kontodaten gespeichert werden' },
      workspace: { title: 'Arbeitsbereich', description: 'Leer lassen, um Ihren Standard-Arbeitsbereich zu verwenden', example: 'Marketing' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: 'Konto-Domain', description: 'Die Subdomain Ihres Kontos' } },
    credentials: {
      username: { title: 'E-Mail-Adresse', description: 'Die E-Mail-Adresse, mit der Sie sich anmelden' },
      password: { title: 'API-Token', description: 'Jedes Token, das mit test_ beginnt, wird akzeptiert' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: 'API-Version', description: 'Von der Integration festgelegt; nie angezeigt' } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'Client-ID', description: 'Die ID Ihres API-Clients' },
      client_secret: { title: 'Client-Geheimnis', description: 'Jedes Geheimnis, das mit test_ beginnt, wird akzeptiert' },
    },
    connection_config: {
      instance: { title: 'Instanz-Host', description: 'Der Hostname Ihrer Instanz' },
      tenant_id: { title: 'Mandanten-ID', description: 'Nur für mandantenfähige Konten erforderlich' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: 'Konto-ID' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: 'Aussteller-ID' },
      privateKeyId: { title: 'Schlüssel-ID' },
      privateKey: { title: 'Privater Schlüssel', description: 'Beginnt mit test_' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'E-Mail' }, password: { title: 'Passwort', description: 'Beginnt mit test_' } },
  },
};
