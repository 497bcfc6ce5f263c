export { ConnectUI } from './connect-ui';
export { Nango } from './headless-nango';
export { type NangoOptions } from './nango';
export { openConnectUI } from './open-connect-ui';
export type { Branding, ConnectUIEvent, ConnectUIOptions, Theme } from './options';
export type { ConnectionResult, ErrorPayload, StepEvent } from '../protocol/types';
export type { StepName } from '../protocol/steps';
export type { ErrorType } from '../protocol/errors';
export { AuthError, type AuthCredentials, type AuthErrorType, type AuthOptions, type AuthSuccess, type ConnectionConfig } from '../protocol/nango-auth';
