import { formEnglish } from '../../client/form-text';

// The English strings of the screens in the lazily loaded half (`connect/index.ts` adds them to
// `t()` when that half loads); the first screen's are in en.ts.
export const enConnect = {
  'list.description': 'Choose the service you want to connect.',
  'list.search': 'Search integrations',
  'list.searchPlaceholder': 'Search…',
  'list.connectTo': 'Connect {name}',
  'list.noMatch': 'No integration matches “{query}”.',
  'list.emptyTitle': 'Nothing to connect yet',
  'list.emptyDescription': 'No integration is available for this account. Ask the application’s administrator to set one up.',
  'list.showMore': 'Show {count} more',
  'list.count': '{shown} of {total} shown. Type to narrow the list.',

  'form.description': 'Enter the details from your {name} account.',
  'form.connect': 'Connect',
  'form.connecting': 'Connecting…',
  'form.optional': 'optional',
  'form.required': 'required',
  'form.none': 'None',
  'form.example': 'e.g. {example}',
  'form.fieldDocs': 'How do I find my {field}?',
  'form.guide': 'How do I connect {name}?',
  'form.opensInNewTab': '(opens in a new tab)',
  'form.willConnect': 'We’ll connect you to {name}.',
  'form.invalidPreconfigured': 'A setting prepared by the administrator is not valid. Please contact the application’s support.',
  'form.fixErrors': 'Check the highlighted fields.',

  // The form's built-in labels and field problems ('field.*', 'default.*'), shared with the headless client.
  ...formEnglish,

  'aws.title': 'External ID',
  'aws.description': 'Use this External ID in the trust policy of the IAM role you create.',
  'aws.copy': 'Copy External ID',
  'aws.copied': 'Copied',
  'aws.copyFailed': 'Copy failed. Select the ID and copy it yourself.',

  'success.title': '{name} is connected',
  'success.message': 'You can now use {name} in the application.',
  'success.pendingTitle': 'Waiting for approval at {name}',
  'success.pendingMessage': 'Your request was sent. Once an administrator of your {name} account approves it, the connection completes on its own.',
  'success.closeTab': 'You can now close this tab.',

  'failure.title': 'We couldn’t connect {name}',
  'failure.next': 'Check what you entered and try again.',
  'failure.denied': 'You declined access at {name}.',
  'failure.nextLater': 'Try again. If it keeps happening, contact the application’s support.',
  'failure.showDetails': 'Show details',
  'failure.hideDetails': 'Hide details',
  'failure.code': 'Code',
  'failure.status': 'HTTP status',
  'failure.response': 'Response',

  'confirm.title': 'Leave this form?',
  'confirm.message': 'What you entered will be lost.',
  'confirm.leave': 'Leave',
  'confirm.stay': 'Stay',

  'oauth.title': 'Sign in to {name}',
  'oauth.waiting': 'Finish signing in to {name} in the window we opened.',
  'oauth.waitingLabel': 'Waiting for {name}',
  'oauth.slow': 'Still waiting? Reopen the window.',
  'oauth.reopen': 'Reopen the window',
  'oauth.blocked': 'Your browser blocked the sign-in window.',
  'oauth.blockedHelp': 'Allow pop-ups for this site, or try again with the button below.',
  'oauth.openWindow': 'Open the sign-in window',
  'oauth.redirectHelp': 'Pop-ups don’t work here. Sign in to {name} in this tab instead; you’ll come back here afterwards.',
  'oauth.continueInTab': 'Continue in this tab',
  'oauth.closedHelp': 'If the window is still open, finish signing in there. Otherwise, open it again.',
} satisfies Record<string, string>;
