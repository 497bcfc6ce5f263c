import type { Page, Route } from '@playwright/test';
import { htmlPayloads, urlPayloads } from './payloads';

/**
 * Hostile data, injected where the widget reads it: the real server answers, and these routes
 * rewrite its JSON on the way (a compromised catalogue, a careless admin, a malicious proxy).
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rewrites the JSON body of a real GET answer; preflights and other methods go through untouched. */
async function rewrite(route: Route, change: (json: Json) => void): Promise<void> {
  if (route.request().method() !== 'GET') return route.continue();
  const response = await route.fetch();
  const json: unknown = await response.json();
  if (isObject(json)) change(json);
  await route.fulfill({ response, json });
}

/** Integrations named with markup, with script and data URLs as logos, plus `bulk` plain ones. */
export function hostileIntegrations(apiUrl: string, bulk: number): Json[] {
  const named = htmlPayloads.map((payload, index) => ({
    unique_key: `xss-${index}`,
    provider: 'test-api-key',
    display_name: payload,
    logo: urlPayloads[index % urlPayloads.length],
  }));
  const logos = urlPayloads.map((url, index) => ({ unique_key: `logo-${index}`, provider: 'test-api-key', display_name: `Logo case ${index}`, logo: url }));
  const plain = Array.from({ length: bulk }, (_, index) => ({
    unique_key: `bulk-${index}`,
    provider: 'test-api-key',
    display_name: `Bulk integration ${index}`,
    logo: `${apiUrl}/images/template-logos/test-api-key.svg`,
  }));
  return [...named, ...logos, ...plain];
}

/** A provider definition whose every text is markup and whose every URL runs script. */
function poisonProvider(data: Json): void {
  data.display_name = htmlPayloads[1];
  data.logo_url = urlPayloads[1];
  data.docs_connect = urlPayloads[0];
  data.credentials = {
    apiKey: { type: 'string', title: htmlPayloads[0], description: htmlPayloads[1], example: htmlPayloads[2], secret: true, doc_section: '"><script>alert(1)</script>' },
  };
  data.connection_config = {
    region: { type: 'string', title: htmlPayloads[3], description: urlPayloads[0], enum: ['eu', htmlPayloads[0]] },
  };
}

export async function injectHostileData(page: Page, apiUrl: string, { bulk }: { bulk: number }): Promise<void> {
  await page.route(`${apiUrl}/integrations`, (route) =>
    rewrite(route, (json) => {
      if (Array.isArray(json.data)) json.data.push(...hostileIntegrations(apiUrl, bulk));
    }),
  );
  await page.route(`${apiUrl}/providers/**`, (route) =>
    rewrite(route, (json) => {
      if (isObject(json.data)) poisonProvider(json.data);
    }),
  );
  // A session whose guide override is a script URL too.
  await page.route(`${apiUrl}/connect/session`, (route) =>
    rewrite(route, (json) => {
      if (isObject(json.data)) json.data.overrides = { 'xss-0': { docs_connect: urlPayloads[0] }, 'xss-1': { docs_connect: urlPayloads[1] } };
    }),
  );
}

/** Answers the API-key submit with the given status and body (an error message full of markup…). */
export async function answerSubmit(page: Page, apiUrl: string, answers: { status: number; json: Json }[]): Promise<void> {
  let call = 0;
  await page.route(`${apiUrl}/api-auth/api-key/**`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const answer = answers[Math.min(call, answers.length - 1)];
    call += 1;
    await route.fulfill({ status: answer.status, json: answer.json, headers: { 'access-control-allow-origin': '*' } });
  });
}
