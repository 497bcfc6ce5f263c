// The OAuth chunk: the sign-in's windows, WebSocket, redirect and resume, and its waiting screen.
// Only an OAuth integration's form (or a widget resuming a redirect) loads it, through
// `oauth-module.ts`; an API-key connect never downloads it.
export { createOAuthFlow } from '../machine/oauth';
export { createOAuthCalls, oauthDepsFor } from '../machine/oauth-calls';
export { OAuthWaiting } from './OAuthWaiting';
