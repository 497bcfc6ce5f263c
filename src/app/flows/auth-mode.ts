/** Every `auth_mode` a Nango provider can declare. */
export const authModes = [
  'API_KEY',
  'BASIC',
  'OAUTH2_CC',
  'TBA',
  'JWT',
  'TWO_STEP',
  'BILL',
  'SIGNATURE',
  'AWS_SIGV4',
  'NONE',
  'OAUTH2',
  'OAUTH1',
  'APP',
  'CUSTOM',
  'MCP_OAUTH2',
  'MCP_OAUTH2_GENERIC',
  'INSTALL_PLUGIN',
  'APP_STORE',
] as const;

export type AuthMode = (typeof authModes)[number];

export function isAuthMode(value: string): value is AuthMode {
  return authModes.some((mode) => mode === value);
}
