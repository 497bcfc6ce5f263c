/**
 * Where a key moves focus from row `current` of a list of `count` rows: another row, the search
 * box (ArrowUp from the first row), or nowhere (`null`: the key is not the list's). By position,
 * not by the rows in the DOM: a long list renders only a window of its rows.
 */
export function nextRow(key: string, current: number, count: number): number | 'search' | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current === 0 ? 'search' : Math.min(current - 1, count - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
