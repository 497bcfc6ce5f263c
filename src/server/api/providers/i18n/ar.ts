import type { CatalogueTranslation } from './translation';

export const ar: CatalogueTranslation = {
  'test-api-key': {
    credentials: { apiKey: { title: 'مفتاح API', description: 'يُقبل أي مفتاح يبدأ بـ test_' } },
    connection_config: {
      region: { title: 'المنطقة', description: 'مكان تخزين بيانات حسابك' },
      workspace: { title: 'مساحة العمل', description: 'اتركه فارغًا لاستخدام مساحة العمل الافتراضية', example: 'التسويق' },
    },
  },
  'test-basic': {
    connection_config: { subdomain: { title: 'نطاق الحساب', description: 'النطاق الفرعي لحسابك' } },
    credentials: {
      username: { title: 'عنوان البريد الإلكتروني', description: 'البريد الإلكتروني الذي تسجّل الدخول به' },
      password: { title: 'رمز API', description: 'يُقبل أي رمز يبدأ بـ test_' },
    },
  },
  'test-oauth2': {
    connection_config: { api_version: { title: 'إصدار API', description: 'يثبّته التكامل؛ ولا يُعرض للمستخدم أبدًا' } },
  },
  'test-oauth2-cc': {
    credentials: {
      client_id: { title: 'معرّف العميل', description: 'معرّف عميل API الخاص بك' },
      client_secret: { title: 'سر العميل', description: 'يُقبل أي سر يبدأ بـ test_' },
    },
    connection_config: {
      instance: { title: 'مضيف المثيل', description: 'اسم مضيف المثيل الخاص بك' },
      tenant_id: { title: 'معرّف المستأجر', description: 'مطلوب فقط للحسابات متعددة المستأجرين' },
    },
  },
  'test-tba': { connection_config: { accountId: { title: 'معرّف الحساب' } } },
  'test-jwt': {
    credentials: {
      issuerId: { title: 'معرّف المُصدِر' },
      privateKeyId: { title: 'معرّف المفتاح' },
      privateKey: { title: 'المفتاح الخاص', description: 'يبدأ بـ test_' },
    },
  },
  'test-two-step': {
    credentials: { email: { title: 'البريد الإلكتروني' }, password: { title: 'كلمة المرور', description: 'يبدأ بـ test_' } },
  },
};
