import type { CatalogueTranslation } from './translation';

export const ja: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'API キー', description: 'test_ で始まるキーはすべて受け付けられます' } },
    connection_config: {
      region: { title: 'リージョン', description: 'アカウントのデータが保存される場所' },
      workspace: { title: 'ワークスペース', description: '空欄にすると既定のワークスペースを使用します', example: 'マーケティング' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: 'アカウントのドメイン', description: 'アカウントのサブドメイン' } },
    credentials: {
      username: { title: 'メールアドレス', description: 'サインインに使うメールアドレス' },
      password: { title: 'API トークン', description: 'test_ で始まるトークンはすべて受け付けられます' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: 'API バージョン', description: '連携側で固定され、エンドユーザーには表示されません' } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'クライアント ID', description: 'API クライアントの ID' },
      client_secret: { title: 'クライアントシークレット', description: 'test_ で始まるシークレットはすべて受け付けられます' },
    },
    connection_config: {
      instance: { title: 'インスタンスのホスト', description: 'インスタンスのホスト名' },
      tenant_id: { title: 'テナント ID', description: 'マルチテナントのアカウントでのみ必要です' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: 'アカウント ID' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: '発行者 ID' },
      privateKeyId: { title: 'キー ID' },
      privateKey: { title: '秘密鍵', description: 'test_ で始まります' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'メール' }, password: { title: 'パスワード', description: 'test_ で始まります' } },
  },
};
