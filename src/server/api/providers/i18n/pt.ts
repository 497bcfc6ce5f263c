import type { CatalogueTranslation } from './translation';

export const pt: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'Chave de API', description: 'Qualquer chave que comece com test_ é aceita' } },
    connection_config: {
      region: { title: 'Região', description: 'Onde os dados da sua conta são armazenados' },
      workspace: { title: 'Espaço de trabalho', description: 'Deixe em branco para usar seu espaço de trabalho padrão', example: 'marketing' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: 'Domínio da conta', description: 'O subdomínio da sua conta' } },
    credentials: {
      username: { title: 'Endereço de e-mail', description: 'O e-mail com que você entra' },
      password: { title: 'Token de API', description: 'Qualquer token que comece com test_ é aceito' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: 'Versão da API', description: 'Fixada pela integração; nunca mostrada ao usuário' } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'ID do cliente', description: 'O ID do seu cliente de API' },
      client_secret: { title: 'Segredo do cliente', description: 'Qualquer segredo que comece com test_ é aceito' },
    },
    connection_config: {
      instance: { title: 'Host da instância', description: 'O nome de host da sua instância' },
      tenant_id: { title: 'ID do locatário', description: 'Necessário apenas para contas multilocatário' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: 'ID da conta' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: 'ID do emissor' },
      privateKeyId: { title: 'ID da chave' },
      privateKey: { title: 'Chave privada', description: 'Começa com test_' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'E-mail' }, password: { title: 'Senha', description: 'Começa com test_' } },
  },
};
