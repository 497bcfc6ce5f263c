import type { CatalogueTranslation } from './translation';

export const zh: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'API 密钥', description: '任何以 test_ 开头的密钥都会被接受' } },
    connection_config: {
      region: { title: '区域', description: '您的账户数据存储的位置' },
      workspace: { title: '工作区', description: '留空则使用您的默认工作区', example: '市场部' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: '账户域名', description: '您账户的子域名' } },
    credentials: {
      username: { title: '电子邮件地址', description: '您用于登录的电子邮件地址' },
      password: { title: 'API 令牌', description: '任何以 test_ 开头的令牌都会被接受' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: 'API 版本', description: '由集成固定；从不向最终用户显示' } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: '客户端 ID', description: '您的 API 客户端的 ID' },
      client_secret: { title: '客户端密钥', description: '任何以 test_ 开头的密钥都会被接受' },
    },
    connection_config: {
      instance: { title: '实例主机', description: '您的实例的主机名' },
      tenant_id: { title: '租户 ID', description: '仅多租户账户需要' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: '账户 ID' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: '签发者 ID' },
      privateKeyId: { title: '密钥 ID' },
      privateKey: { title: '私钥', description: '以 test_ 开头' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: '电子邮件' }, password: { title: '密码', description: '以 test_ 开头' } },
  },
};
