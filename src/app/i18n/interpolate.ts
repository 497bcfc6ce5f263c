export type MessageParams = Record<string, string | number>;

export interface InterpolateOptions {
  /**
   * Wraps each value in Unicode directional isolates (FSI … PDI). In a right-to-left sentence a
   * left-to-right value such as "C++ (beta)" or "acme.com." would otherwise have its neutral
   * characters reordered by the bidi algorithm (https://www.w3.org/International/articles/inline-bidi-markup/).
   */
  isolate?: boolean;
}

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

/**
 * Replaces `{name}` placeholders with their values. Values are inserted as plain text (the result
 * is rendered as a text node, never as HTML); a placeholder without a value stays visible so a
 * missing parameter shows up in review rather than as a silent gap.
 */
export function interpolate(template: string, params?: MessageParams, { isolate = false }: InterpolateOptions = {}): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = String(params[name]);
    return isolate ? firstStrongIsolate + value + popDirectionalIsolate : value;
  });
}

/** The placeholder names a message uses, sorted: used to check that translations keep them. */
export function placeholdersOf(template: string): string[] {
  const names = Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? '');
  return [...new Set(names)].sort();
}
