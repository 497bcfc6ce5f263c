import { formEnglish } from '../../client/form-text';

// The English strings of the screens in the lazily loaded half (`connect/index.ts` adds them to
// `t()` when that half loads); the first screen's are in en.ts.
export const enConnect = {
  // Success's Done, and the failures of the calls only the lazy half makes (loading, a form, a
  // submit, a sign-in, the deployment check): a failure before it loads never needs them. (No
  // screen shows `common.dialogLabel` today.)
  'common.done': 'Done',
  'common.dialogLabel': 'Connect an account',
  'error.connection_test_failed': 'We couldn’t verify those credentials with {name}.',
  'error.connection_validation_failed': '{name} refused the connection.',
  'error.resource_capped': 'This account has reached its limit of connections.',
  'error.blocked_by_browser': 'Your browser blocked the sign-in window.',
  'error.window_closed': 'The sign-in window was closed before you finished.',
  'failure.cancelled': 'You stopped waiting for the server.',
  'error.invalid_request': 'The request was refused.',
  'error.timeout': 'The server took too long to answer.',
  'error.server_error': 'The server ran into a problem. Please try again in a moment.',
  'error.unknown_error': 'Something unexpected happened.',
  'error.widget_unavailable': 'The connection window could not load.',
  'error.session_expired': 'This session has expired.',
  'error.invalid_session_token': 'This session is not valid.',
  'error.integration_not_allowed': 'This integration is not available in this session.',
  'error.unknown_provider_config': 'This integration no longer exists.',
  'error.invalid_auth_mode': 'This integration is not set up for this kind of sign-in.',
  'error.unsupported_auth_mode': 'This kind of sign-in is not supported yet.',

  // Back (there is a list to go back to) and a form's title: once the integrations have loaded.
  'common.back': 'Back',
  'form.title': 'Connect {name}',

  // A slow wait's notice (the loader's too): only the lazy half's calls are timed.
  'common.cancel': 'Cancel',
  'common.slow': 'This is taking longer than usual…',
  'common.seconds': '{seconds} s',

  // A session found expired or not valid: only the lazy half's calls find that out.
  'expired.title': 'This session has expired',
  'expired.message': 'The application is starting a new one. Your answers are kept; you can carry on in a moment.',
  'invalidToken.message': 'The application sent a session that is not valid. Close this window and try again.',

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

  'handoff.offer': 'Continue on another device',
  'handoff.title': 'Continue on another device',
  'handoff.scan': 'Scan this code with your phone’s camera, or open the link on another device, and connect {name} there.',
  'handoff.qrLabel': 'QR code of the link',
  'handoff.qrFailed': 'The QR code could not be shown. Use the link instead.',
  'handoff.linkLabel': 'Link to continue on another device',
  'handoff.copy': 'Copy link',
  'handoff.copied': 'Link copied.',
  'handoff.copyFailed': 'Copy the selected link yourself.',
  'handoff.private': 'Anyone with this link can connect an account in your name. Don’t share it.',
  'handoff.waiting': 'Waiting for you to connect on the other device…',
  'handoff.cannotWatch': 'Once you’ve connected on the other device, you can close this window.',
  'handoff.gaveUp': 'Not connected yet? Finish on the other device, then check again.',
  'handoff.checkAgain': 'Check again',
  'inApp.explain': 'Sign-in windows don’t work in this app’s browser.',
  'inApp.help': 'Open this page in your browser, or continue on another device.',
  'inApp.open': 'Open in your browser',
  'inApp.copyHelp': 'Copy the link, then paste it into your browser’s address bar.',
  'inApp.tryHere': 'Try here anyway',

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
