import type { enConnect } from './en-connect';

// The English strings of the first screen: the loader, and what it says while waiting for a token or
// when the lazy half cannot load. The screens of the lazy half (list, forms, sign-in, success,
// details) bring theirs with them (en-connect.ts), so the first screen does not carry them. Flat
// keys `area.name`; `{name}` placeholders are filled in as plain text by `t()`. The other languages
// translate every key of both and fall back to English per key.
export const en = {
  'common.close': 'Close',
  'common.loading': 'Loading',
  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.tryAgain': 'Try again',
  'common.slow': 'This is taking longer than usual…',
  'common.seconds': '{seconds} s',
  'common.securedBy': 'Secured by Plugboard',

  'list.title': 'Connect an account',

  'form.title': 'Connect {name}',

  'failure.titleGeneric': 'Something went wrong',
  'failure.cancelled': 'You stopped waiting for the server.',

  'error.invalid_request': 'The request was refused.',
  'error.network_error': 'We couldn’t reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer.',
  'error.server_error': 'The server ran into a problem. Please try again in a moment.',
  'error.unknown_error': 'Something unexpected happened.',
  'error.widget_unavailable': 'The connection window could not load.',
  'error.session_expired': 'This session has expired.',
  'error.invalid_session_token': 'This session is not valid.',
  'error.missing_connect_session_token': 'The application did not start a session.',
  'error.integration_not_allowed': 'This integration is not available in this session.',
  'error.unknown_provider_config': 'This integration no longer exists.',
  'error.invalid_auth_mode': 'This integration is not set up for this kind of sign-in.',
  'error.unsupported_auth_mode': 'This kind of sign-in is not supported yet.',

  'expired.title': 'This session has expired',
  'expired.message': 'The application is starting a new one. Your answers are kept; you can carry on in a moment.',

  'noToken.title': 'Open this from your application',
  'noToken.message': 'This page only works when your application opens it. Go back to the application and start the connection again.',
  'tokenTimeout.title': 'The connection could not start',
  'tokenTimeout.message': 'The application did not start a session in time. Close this window and try again.',
  'tokenTimeout.recovered': 'Connected to the application again.',
  'invalidToken.message': 'The application sent a session that is not valid. Close this window and try again.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en | keyof typeof enConnect;
