// A pattern this long is not a field format but an attack on the main thread.
const maxPatternLength = 1000;

/**
 * Compiles a provider's pattern. One that does not compile in JavaScript (the catalogue has one)
 * is rejected — the field is then checked without it — instead of crashing the form.
 */
export function compilePattern(source: string | undefined): RegExp | null {
  if (!source || source.length > maxPatternLength) return null;
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}
