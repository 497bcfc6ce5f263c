// The widget server hands the widget its deployment configuration inside index.html: the widget
// then reads it from the page instead of fetching config.json, one request fewer before its token
// may be used.

/** The preload `npm run build` writes into the head of a widget built without PLUGBOARD_API_URL (vite.config.ts). */
const configPreload = '<link rel=preload href=config.json as=fetch crossorigin>';

const entities: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** Text safe inside a quoted HTML attribute, whatever quotes it uses, and inert anywhere else. */
export const escapeAttribute = (text: string) => text.replace(/[&"'<>]/g, (char) => entities[char] ?? char);

/**
 * The page with `<meta name=plugboard-config content="…">` carrying the deployment file's JSON in
 * place of the preload of `config.json`; a page without that preload (built with
 * PLUGBOARD_API_URL, which wins anyway) as it is.
 */
export function embedDeploymentConfig(html: string, configJson: string): string {
  // A function, not a string: `$&` and `$'` in the settings must not be read as replacement patterns.
  return html.replace(configPreload, () => `<meta name=plugboard-config content="${escapeAttribute(configJson)}">`);
}
