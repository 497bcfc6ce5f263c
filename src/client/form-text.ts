// The English text of the connect form's built-in labels and field problems. The widget's language
// files extend it (`en-connect.ts` spreads it), so these strings exist once; the headless client
// uses them as they are.
export const formEnglish = {
  'field.required': 'This field is required.',
  'field.pattern': 'This doesn’t look like a valid {label}.',
  'field.hostname': 'Enter a host name, like example.com.',
  'field.uuid': 'Enter an ID in the form 123e4567-e89b-12d3-a456-426614174000.',
  'field.uri': 'Enter a full address starting with https://.',
  'field.email': 'Enter an email address, like name@example.com.',

  'default.apiKey': 'API key',
  'default.username': 'User name',
  'default.password': 'Password',
  'default.pat_name': 'Personal access token name',
  'default.pat_secret': 'Personal access token secret',
  'default.content_url': 'Content URL',
  'default.client_id': 'Client ID',
  'default.client_secret': 'Client secret',
  'default.client_certificate': 'Client certificate',
  'default.client_private_key': 'Private key',
  'default.oauth_client_id_override': 'OAuth client ID',
  'default.oauth_client_secret_override': 'OAuth client secret',
  'default.oauth_refresh_token_override': 'Refresh token',
  'default.token_id': 'Token ID',
  'default.token_secret': 'Token secret',
  'default.organization_id': 'Organization ID',
  'default.dev_key': 'Developer key',
  'default.role_arn': 'IAM role ARN',
  'default.issuerId': 'Issuer ID',
  'default.privateKeyId': 'Key ID',
  'default.privateKey': 'Private key',
} as const;

export type FormTextKey = keyof typeof formEnglish;
