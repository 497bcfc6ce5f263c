import { describe, expect, it } from 'vitest';
import { parseSettings, parseWidgetBuildSettings } from './settings';

const cwd = '/srv/app';
const parse = (env: Record<string, string>) => parseSettings(env, cwd);

describe('settings from the environment', () => {
  it('defaults to a loopback stack whose public URLs are derived from the bound addresses', () => {
    expect(parse({})).toEqual({
      host: '127.0.0.1',
      apiPort: 3003,
      uiPort: 3009,
      demoPort: 3000,
      publicApiUrl: null,
      publicWidgetUrl: null,
      frameAncestors: '*',
      imageOrigins: null,
      dataDir: '/srv/app/.plugboard-data',
      secretKey: null,
      prodSecretKey: null,
      configPath: null,
      providersYaml: null,
      mode: 'development',
      webhookSigningKey: null,
      returnOrigins: [],
      socketOrigins: [],
      trustedProxies: { hops: 0 },
    });
  });

  it('reads PLUGBOARD_PROVIDERS_YAML, the one-line switch to a real provider catalogue, as an absolute path', () => {
    expect(parse({ PLUGBOARD_PROVIDERS_YAML: '/srv/app/node_modules/@nangohq/providers/providers.yaml' }).providersYaml).toBe('/srv/app/node_modules/@nangohq/providers/providers.yaml');
    expect(() => parse({ PLUGBOARD_PROVIDERS_YAML: 'providers.yaml' })).toThrow(/PLUGBOARD_PROVIDERS_YAML must be an absolute path/);
  });

  it('reads PLUGBOARD_ENV, naming it when the value is unknown', () => {
    expect(parse({ PLUGBOARD_ENV: 'production' }).mode).toBe('production');
    expect(() => parse({ PLUGBOARD_ENV: 'prod' })).toThrow(/PLUGBOARD_ENV/);
  });

  it('reads the settings of a real host', () => {
    const settings = parse({
      PLUGBOARD_HOST: '0.0.0.0',
      PLUGBOARD_PUBLIC_API_URL: 'https://connect-api.customer.example/',
      PLUGBOARD_PUBLIC_WIDGET_URL: 'https://connect.customer.example/widget',
      PLUGBOARD_FRAME_ANCESTORS: 'https://app.customer.example https://admin.customer.example',
      PLUGBOARD_IMAGE_ORIGINS: 'https://logos.customer.example',
      PLUGBOARD_API_PORT: '8080',
      PLUGBOARD_DATA_DIR: '/var/lib/plugboard',
      PLUGBOARD_SECRET_KEY: 'sk-live',
      PLUGBOARD_PROD_SECRET_KEY: 'sk-prod',
      PLUGBOARD_CONFIG: '/etc/plugboard.json',
    });
    expect(settings).toMatchObject({
      host: '0.0.0.0',
      apiPort: 8080,
      publicApiUrl: 'https://connect-api.customer.example',
      publicWidgetUrl: 'https://connect.customer.example/widget/',
      frameAncestors: 'https://app.customer.example https://admin.customer.example',
      imageOrigins: ['https://logos.customer.example'],
      dataDir: '/var/lib/plugboard',
      secretKey: 'sk-live',
      prodSecretKey: 'sk-prod',
      configPath: '/etc/plugboard.json',
    });
  });

  it.each([
    [{ PLUGBOARD_API_PORT: '70000' }, /PLUGBOARD_API_PORT must be a port number.*"70000"/],
    [{ PLUGBOARD_UI_PORT: '30o9' }, /PLUGBOARD_UI_PORT must be a port number/],
    [{ PLUGBOARD_DEMO_PORT: '-1' }, /PLUGBOARD_DEMO_PORT must be a port number/],
    [{ PLUGBOARD_PUBLIC_API_URL: 'api.customer.example' }, /PLUGBOARD_PUBLIC_API_URL must be an absolute http\(s\) URL/],
    [{ PLUGBOARD_PUBLIC_API_URL: 'ftp://api.customer.example' }, /PLUGBOARD_PUBLIC_API_URL must be an http\(s\) URL/],
    [{ PLUGBOARD_PUBLIC_WIDGET_URL: 'https://user:pw@connect.example' }, /PLUGBOARD_PUBLIC_WIDGET_URL must not carry credentials/],
    [{ PLUGBOARD_PUBLIC_WIDGET_URL: 'https://connect.example/?x=1' }, /PLUGBOARD_PUBLIC_WIDGET_URL must not have a query/],
    [{ PLUGBOARD_FRAME_ANCESTORS: 'https://app.example/path' }, /PLUGBOARD_FRAME_ANCESTORS must be an origin, without a path/],
    [{ PLUGBOARD_FRAME_ANCESTORS: 'app.example' }, /PLUGBOARD_FRAME_ANCESTORS must be an absolute http\(s\) URL/],
    [{ PLUGBOARD_IMAGE_ORIGINS: 'https://logos.example/img' }, /PLUGBOARD_IMAGE_ORIGINS must be an origin/],
    [{ PLUGBOARD_HOST: 'http://0.0.0.0:3003' }, /PLUGBOARD_HOST must be a host name or IP address/],
    [{ PLUGBOARD_DATA_DIR: 'data' }, /PLUGBOARD_DATA_DIR must be an absolute path/],
    [{ PLUGBOARD_CONFIG: './plugboard.json' }, /PLUGBOARD_CONFIG must be an absolute path/],
    [{ PLUGBOARD_HOST: '0.0.0.0' }, /PLUGBOARD_HOST=0\.0\.0\.0 needs PLUGBOARD_PUBLIC_API_URL and PLUGBOARD_PUBLIC_WIDGET_URL/],
  ])('refuses %j with a message naming the setting', (env, message) => {
    expect(() => parse(env)).toThrow(message);
  });
});

describe('the widget build settings', () => {
  it('reads the allowed APIs, the first being the default, and nothing when PLUGBOARD_API_URL is unset', () => {
    expect(parseWidgetBuildSettings({})).toBeNull();
    expect(parseWidgetBuildSettings({ PLUGBOARD_API_URL: 'https://api.nango.dev, https://nango.customer.example/prefix/' })).toEqual({
      apiUrls: ['https://api.nango.dev', 'https://nango.customer.example/prefix'],
      imageOrigins: null,
      frameAncestors: '*',
    });
  });

  it('refuses a bad entry, naming PLUGBOARD_API_URL', () => {
    expect(() => parseWidgetBuildSettings({ PLUGBOARD_API_URL: 'https://api.nango.dev,api.other' })).toThrow(/PLUGBOARD_API_URL must be an absolute http\(s\) URL, got "api.other"/);
  });
});
