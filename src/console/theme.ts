/** Light or dark like the widget's tokens (`data-theme` on <html>), following the system setting. */
export function followSystemTheme(window: Window): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    window.document.documentElement.dataset['theme'] = query.matches ? 'dark' : 'light';
  };
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
