/** URLs and keys of the servers the e2e suite runs against, passed from global setup to tests. */
export interface Stack {
  apiUrl: string;
  uiUrl: string;
  demoUrl: string;
  /** A customer's page on its own site (`localhost`), loading our SDK. */
  hostUrl: string;
  /** A third site (`127.0.0.2`) for hostile frames and windows. */
  thirdUrl: string;
  /** The `dev` environment's secret key. */
  secretKey: string;
  prodSecretKey: string;
}

const variable = 'PLUGBOARD_E2E_STACK';

export function writeStack(stack: Stack): void {
  process.env[variable] = JSON.stringify(stack);
}

export function readStack(): Stack {
  const raw = process.env[variable];
  if (!raw) throw new Error('The e2e stack is not running: run the suite with `npx playwright test`.');
  return JSON.parse(raw) as Stack;
}
