import type { enConnect } from './en-connect';

// The English strings of the first screen: the loader, the integration list and the brand line, and
// what it says while waiting for a token or when the lazy half cannot load. The screens of the lazy
// half (forms, sign-in, success, failures and their details) bring theirs with them
// (en-connect.ts), so the first screen does not carry them. Flat keys `area.name`; `{name}`
// placeholders are filled in as plain text by `t()`. The other languages translate every key of
// both and fall back to English per key.
export const en = {
  'common.close': 'Close',
  'common.loading': 'Loading',
  'common.tryAgain': 'Try again',
  'common.securedBy': 'Secured by Plugboard',
  // The loader's wait (a slow answer, its Cancel) and the header's Back, also before the lazy half.
  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.slow': 'This is taking longer than usual…',
  'common.seconds': '{seconds} s',

  'list.title': 'Connect an account',
  'list.description': 'Choose the service you want to connect.',
  'list.search': 'Search integrations',
  'list.searchPlaceholder': 'Search…',
  'list.connectTo': 'Connect {name}',
  'list.noMatch': 'No integration matches “{query}”.',
  'list.emptyTitle': 'Nothing to connect yet',
  'list.emptyDescription': 'No integration is available for this account. Ask the application’s administrator to set one up.',

  'brand.wantsToConnect': '{brand} wants to connect to {name}',
  'brand.logo': 'Logo',

  // The loader's title while a chosen row's form is on its way.
  'form.title': 'Connect {name}',

  'failure.titleGeneric': 'Something went wrong',

  // Before the lazy half is there, only its own load (offline) or the token's wait can fail; every
  // other failure's screen waits for that half, and its words come with it (en-connect.ts).
  'error.network_error': 'We couldn’t reach the server. Check your connection and try again.',
  'error.missing_connect_session_token': 'The application did not start a session.',

  'noToken.title': 'Open this from your application',
  'noToken.message': 'This page only works when your application opens it. Go back to the application and start the connection again.',
  'tokenTimeout.title': 'The connection could not start',
  'tokenTimeout.message': 'The application did not start a session in time. Close this window and try again.',
  'tokenTimeout.recovered': 'Connected to the application again.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en | keyof typeof enConnect;
