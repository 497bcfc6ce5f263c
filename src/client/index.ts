// `plugboard/headless`: the Connect API without the widget's UI.
export { createConnectClient } from './connect-client';
export type { AuthorizeOptions, ConnectClient, ConnectClientOptions, ConnectForm, ConnectionIds, FieldError } from './connect-client';
export { ConnectError } from './failure';
export type { FieldFormat, FieldGroup, FieldSpec, Label } from './form';
export type { FieldIssue } from './validate';
export type { ConnectUISettings, FieldDefinition, Integration, Provider, Session } from '../contract/types';
// What `Nango.auth()` of the SDK's ES module loads: Nango's `auth()` on this client.
export { nangoAuth, type NangoAuthRequest } from './nango-auth';
export { AuthError, type AuthErrorType, type AuthOptions, type AuthSuccess } from '../protocol/nango-auth';
