import type { CatalogueTranslation } from './translation';

export const it: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'Chiave API', description: 'È accettata qualsiasi chiave che inizi con test_' } },
    connection_config: {
      region: { title: 'Regione', description: 'Dove sono archiviati i dati del tuo account' },
      workspace: { title: 'Area di lavoro', description: "Lascia vuoto per usare l'area di lavoro predefinita", example: 'marketing' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: "Dominio dell'account", description: 'Il sottodominio del tuo account' } },
    credentials: {
      username: { title: 'Indirizzo email', description: "L'indirizzo email con cui accedi" },
      password: { title: 'Token API', description: 'È accettato qualsiasi token che inizi con test_' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: "Versione dell'API", description: "Fissata dall'integrazione; mai mostrata all'utente" } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'ID client', description: "L'ID del tuo client API" },
      client_secret: { title: 'Segreto client', description: 'È accettato qualsiasi segreto che inizi con test_' },
    },
    connection_config: {
      instance: { title: "Host dell'istanza", description: "Il nome host della tua istanza" },
      tenant_id: { title: 'ID tenant', description: 'Necessario solo per gli account multi-tenant' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: "ID dell'account" } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: "ID dell'emittente" },
      privateKeyId: { title: 'ID della chiave' },
      privateKey: { title: 'Chiave privata', description: 'Inizia con test_' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'Email' }, password: { title: 'Password', description: 'Inizia con test_' } },
  },
};
