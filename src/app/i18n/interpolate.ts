export type MessageParams = Record<string, string | number>;

/**
 * Replaces `{name}` placeholders with their values. Values are inserted as plain text (the result
 * is rendered as a text node, never as HTML); a placeholder without a value stays visible so a
 * missing parameter shows up in review rather than as a silent gap.
 */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/** The placeholder names a message uses, sorted: used to check that translations keep them. */
export function placeholdersOf(template: string): string[] {
  const names = Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? '');
  return [...new Set(names)].sort();
}
