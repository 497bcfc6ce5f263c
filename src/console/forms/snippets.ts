/** The README's first two steps, with this server's URLs filled in (never the secret key itself). */
export interface Snippets {
  backend: string;
  frontend: string;
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function codeSnippets(apiUrl: string, widgetUrl: string): Snippets {
  return {
    backend: [
      `curl -X POST ${apiUrl}/connect/sessions \\`,
      `  -H "Authorization: Bearer $PLUGBOARD_SECRET_KEY" -H 'Content-Type: application/json' \\`,
      `  -d '{"end_user": {"id": "user-42"}}'`,
    ].join('\n'),
    frontend: [
      "import { openConnectUI } from 'plugboard';",
      '',
      'const ui = openConnectUI({',
      `  baseURL: ${quote(widgetUrl)},`,
      `  apiURL: ${quote(apiUrl)},`,
      "  onEvent: (event) => { if (event.type === 'connect') console.log(event.payload); },",
      '});',
      'ui.setSessionToken(await fetchSessionToken()); // from your backend',
    ].join('\n'),
  };
}
