import type { CatalogueTranslation } from './translation';

export const fr: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'Clé API', description: 'Toute clé commençant par test_ est acceptée' } },
    connection_config: {
      region: { title: 'Région', description: 'Où sont stockées les données de votre compte' },
      workspace: { title: 'Espace de travail', description: 'Laissez vide pour utiliser votre espace de travail par défaut', example: 'marketing' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: 'Domaine du compte', description: 'Le sous-domaine de votre compte' } },
    credentials: {
      username: { title: 'Adresse e-mail', description: "L'adresse e-mail avec laquelle vous vous connectez" },
      password: { title: 'Jeton API', description: 'Tout jeton commençant par test_ est accepté' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: "Version de l'API", description: "Fixée par l'intégration ; jamais affichée" } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'ID client', description: 'L’identifiant de votre client API' },
      client_secret: { title: 'Secret client', description: 'Tout secret commençant par test_ est accepté' },
    },
    connection_config: {
      instance: { title: "Hôte de l'instance", description: "Le nom d'hôte de votre instance" },
      tenant_id: { title: 'ID du locataire', description: 'Nécessaire uniquement pour les comptes multi-locataires' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: 'ID du compte' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: "ID de l'émetteur" },
      privateKeyId: { title: 'ID de la clé' },
      privateKey: { title: 'Clé privée', description: 'Commence par test_' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'E-mail' }, password: { title: 'Mot de passe', description: 'Commence par test_' } },
  },
};
