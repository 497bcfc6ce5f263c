import type { CatalogueTranslation } from './translation';

export const es: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'Clave de API', description: 'Se acepta cualquier clave que empiece por test_' } },
    connection_config: {
      region: { title: 'Región', description: 'Dónde se almacenan los datos de tu cuenta' },
      workspace: { title: 'Espacio de trabajo', description: 'Déjalo vacío para usar tu espacio de trabajo predeterminado', example: 'marketing' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: 'Dominio de la cuenta', description: 'El subdominio de tu cuenta' } },
    credentials: {
      username: { title: 'Correo electrónico', description: 'El correo con el que inicias sesión' },
      password: { title: 'Token de API', description: 'Se acepta cualquier token que empiece por test_' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: 'Versión de la API', description: 'Fijada por la integración; nunca se muestra' } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'ID de cliente', description: 'El ID de tu cliente de API' },
      client_secret: { title: 'Secreto de cliente', description: 'Se acepta cualquier secreto que empiece por test_' },
    },
    connection_config: {
      instance: { title: 'Host de la instancia', description: 'El nombre de host de tu instancia' },
      tenant_id: { title: 'ID del inquilino', description: 'Solo necesario para cuentas multiinquilino' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: 'ID de la cuenta' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: 'ID del emisor' },
      privateKeyId: { title: 'ID de la clave' },
      privateKey: { title: 'Clave privada', description: 'Empieza por test_' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'Correo electrónico' }, password: { title: 'Contraseña', description: 'Empieza por test_' } },
  },
};
