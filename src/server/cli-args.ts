import { parseArgs } from 'node:util';
import { nangoCloudLogoOrigin } from './ui/csp';

export type CliCommand =
  | { command: 'help' }
  | { command: 'usage-error'; message: string }
  | { command: 'dev' }
  | {
      command: 'widget';
      apiUrl: string;
      port: number;
      host: string;
      frameAncestors: string;
      imageOrigins: string[];
    };

export const usage = `Usage:
  plugboard-server dev
      The whole local stack, as \`npm start\` in the repository: the reference Connect API
      (SQLite), the widget and the demo app. Configured by the environment: PLUGBOARD_API_PORT
      (3003), PLUGBOARD_UI_PORT (3009), PLUGBOARD_DEMO_PORT (3000), PLUGBOARD_SECRET_KEY,
      PLUGBOARD_DATA_DIR (.plugboard-data in the current directory), PLUGBOARD_CONFIG,
      PLUGBOARD_PROVIDERS_YAML (absolute path of a providers.yaml catalogue),
      PLUGBOARD_FRAME_ANCESTORS.

  plugboard-server widget --api <url> [options]
      A production server for the widget's static files, under a strict Content-Security-Policy.
      --api <url>               the Connect API the widget talks to, e.g. https://api.nango.dev
      --port <n>                default 3009
      --host <address>          default 127.0.0.1 (use 0.0.0.0 in a container)
      --frame-ancestors <list>  who may frame the widget: * or space-separated origins;
                                default PLUGBOARD_FRAME_ANCESTORS, else *
      --image-origin <origin>   a host the API's logo URLs point at, besides the API; repeatable;
                                default ${nangoCloudLogoOrigin} (Nango Cloud's logos)

  plugboard-server --help
`;

const widgetOptions = {
  api: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'frame-ancestors': { type: 'string' },
  'image-origin': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const isHttpUrl = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
const isOrigin = (value: string) => isHttpUrl(value) && new URL(value).origin === value.replace(/\/$/, '');
// A CSP source list for frame-ancestors: `*`, `'self'`, `'none'` or origins. Nothing that could
// close the directive or add another one.
const isFrameAncestor = (value: string) => value === '*' || value === "'self'" || value === "'none'" || isOrigin(value);

/** Reads the command line of `plugboard-server`; never throws, never exits. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliCommand {
  const [command, ...rest] = argv;
  if (argv.includes('--help') || argv.includes('-h') || command === 'help') return { command: 'help' };
  if (command === undefined) return { command: 'usage-error', message: 'a command is required' };
  if (command !== 'dev' && command !== 'widget') return { command: 'usage-error', message: `unknown command "${command}"` };

  let values: Partial<Record<'api' | 'port' | 'host' | 'frame-ancestors', string>> & { 'image-origin'?: string[] };
  try {
    ({ values } = parseArgs({ args: [...rest], options: command === 'dev' ? {} : widgetOptions, allowPositionals: false, strict: true }));
  } catch (error) {
    return { command: 'usage-error', message: `${command}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (command === 'dev') return { command: 'dev' };

  const apiUrl = values.api;
  if (apiUrl === undefined) return { command: 'usage-error', message: 'widget: --api is required (the Connect API, e.g. https://api.nango.dev)' };
  if (!isHttpUrl(apiUrl)) return { command: 'usage-error', message: `widget: --api must be an http(s) URL, got "${apiUrl}"` };

  const port = Number(values.port ?? 3009);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { command: 'usage-error', message: `widget: --port must be a port number (0-65535), got "${values.port}"` };
  }

  const frameAncestors = (values['frame-ancestors'] ?? env.PLUGBOARD_FRAME_ANCESTORS ?? '*').trim();
  const bad = frameAncestors.split(/\s+/).find((source) => !isFrameAncestor(source));
  if (bad !== undefined || frameAncestors === '') {
    return { command: 'usage-error', message: `widget: --frame-ancestors takes *, 'self', 'none' or origins, got "${bad ?? ''}"` };
  }

  const imageOrigins = values['image-origin'] ?? [nangoCloudLogoOrigin];
  const badImage = imageOrigins.find((origin) => !isOrigin(origin));
  if (badImage !== undefined) return { command: 'usage-error', message: `widget: --image-origin must be an http(s) origin, got "${badImage}"` };

  return { command: 'widget', apiUrl, port, host: values.host ?? '127.0.0.1', frameAncestors, imageOrigins };
}
