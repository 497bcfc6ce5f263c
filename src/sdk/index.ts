export { ConnectUI } from './connect-ui';
export { Nango, type NangoOptions } from './nango';
export { openConnectUI } from './open-connect-ui';
export type { ConnectUIEvent, ConnectUIOptions, Theme } from './options';
export type { ConnectionResult, ErrorPayload } from '../protocol/types';
export type { ErrorType } from '../protocol/errors';
