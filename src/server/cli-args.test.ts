import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

describe('plugboard-server arguments', () => {
  it('dev takes no options: it is configured by the environment, as npm start', () => {
    expect(parseCliArgs(['dev'])).toEqual({ command: 'dev' });
    expect(parseCliArgs(['dev', '--port', '1'])).toEqual({ command: 'usage-error', message: expect.stringContaining('--port') });
  });

  it('widget: the API, with defaults for port, host, frame ancestors and logo origins', () => {
    expect(parseCliArgs(['widget', '--api', 'https://api.nango.dev'], {})).toEqual({
      command: 'widget',
      apiUrl: 'https://api.nango.dev',
      port: 3009,
      host: '127.0.0.1',
      frameAncestors: '*',
      imageOrigins: ['https://app.nango.dev'],
    });
  });

  it('widget: every option given', () => {
    const argv = ['widget', '--api=https://nango.acme.example/api', '--port', '8080', '--host', '0.0.0.0', '--frame-ancestors', 'https://app.acme.example https://admin.acme.example', '--image-origin', 'https://nango.acme.example', '--image-origin', 'https://cdn.acme.example'];
    expect(parseCliArgs(argv, {})).toEqual({
      command: 'widget',
      apiUrl: 'https://nango.acme.example/api',
      port: 8080,
      host: '0.0.0.0',
      frameAncestors: 'https://app.acme.example https://admin.acme.example',
      imageOrigins: ['https://nango.acme.example', 'https://cdn.acme.example'],
    });
  });

  it('widget: frame ancestors default to PLUGBOARD_FRAME_ANCESTORS, as for the local widget server', () => {
    const parsed = parseCliArgs(['widget', '--api', 'https://api.nango.dev'], { PLUGBOARD_FRAME_ANCESTORS: 'https://app.acme.example' });
    expect(parsed).toMatchObject({ frameAncestors: 'https://app.acme.example' });
  });

  it.each([
    [['widget'], '--api is required'],
    [['widget', '--api', 'api.nango.dev'], '--api must be an http(s) URL'],
    [['widget', '--api', 'https://api.nango.dev', '--port', 'eighty'], '--port must be a port number'],
    [['widget', '--api', 'https://api.nango.dev', '--frame-ancestors', "https://a.example 'unsafe-inline'"], '--frame-ancestors'],
    [['widget', '--api', 'https://api.nango.dev', '--image-origin', 'javascript:alert(1)'], '--image-origin must be an http(s) origin'],
    [['widget', '--api', 'https://api.nango.dev', '--verbose'], '--verbose'],
    [['deploy'], 'unknown command "deploy"'],
    [[], 'a command is required'],
  ])('%j is a usage error naming the problem', (argv, message) => {
    expect(parseCliArgs(argv, {})).toEqual({ command: 'usage-error', message: expect.stringContaining(message) });
  });

  it('--help anywhere prints the help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['widget', '-h'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['help'])).toEqual({ command: 'help' });
  });
});
