export { ConnectUI } from './connect-ui';
export { Nango } from './headless-nango';
export { type NangoOptions } from './nango';
export { openConnectUI } from './open-connect-ui';
export type { ConnectUIEvent, ConnectUIOptions, Theme } from './options';
export type { ConnectionResult, ErrorPayload } from '../protocol/types';
export type { ErrorType } from '../protocol/errors';
export { AuthError, type AuthCredentials, type AuthErrorType, type AuthOptions, type AuthSuccess, type ConnectionConfig } from '../protocol/nango-auth';
