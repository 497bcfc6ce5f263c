/**
 * How the built widget loads a lazy chunk (the connect half, a language, the QR encoder). Vite
 * wraps every `import()` as `__vitePreload(() => import(chunk), deps, import.meta.url)`, `deps`
 * being the files the chunk needs; vite.config.ts puts this in place of Vite's own helper, which
 * costs the first screen about 430 B brotli for cases the widget does not have. A chunk and its
 * stylesheets load in parallel and the import resolves once all have, as with Vite's, so none of
 * its screens paints unstyled; its other scripts are left to the import itself (the lazy chunks
 * import only the first one, already there). A stylesheet that fails to load fails the import,
 * and a later import tries it again.
 */
const sheets: Record<string, Promise<unknown> | undefined> = {};

export function __vitePreload<T>(load: () => Promise<T>, deps: readonly string[] = [], base = document.baseURI): Promise<T> {
  // The script first: linking a stylesheet takes the browser a while (~20 ms in a 4× throttled
  // frame), and a single integration's form waits on the script, not on its small stylesheet.
  const chunk = load();
  const stylesheets = deps.filter((dep) => dep.endsWith('.css')).map((dep) => {
    const href = new URL(dep, base).href;
    return (sheets[href] ??= new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = resolve;
      link.onerror = () => {
        sheets[href] = undefined;
        link.remove();
        reject(new Error(`Unable to load ${href}`));
      };
      document.head.append(link);
    }));
  });
  return Promise.all([chunk, ...stylesheets]).then(() => chunk);
}
