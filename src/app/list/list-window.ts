// Which rows of a long integration list are in the DOM. Plain functions, so the arithmetic is
// tested without a browser; ListScreen measures and renders.

/** Up to this many rows all are rendered: cheap, and the list behaves as any other. */
export const windowAbove = 100;
/** Rows rendered beyond each edge of the viewport, so a flick or an arrow key never shows a gap. */
export const overscan = 8;
/** Until the list has been measured (the first render, or no layout at all): what a tall dialog shows. */
export const initialRows = 20;
/** Row pitch until measured: the row's height and the gap after it (tokens.css). */
export const estimatedPitch = 60;

/** Where the list sits in its scrolling container, in CSS pixels. */
export interface Viewport {
  scrollTop: number;
  /** The container's visible height. */
  height: number;
  /** The list's top, measured from the top of the container's content. */
  listTop: number;
  /** From one row's top to the next one's. */
  pitch: number;
}

/** Rows `start` (included) to `end` (excluded). */
export interface RowRange {
  start: number;
  end: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** The rows that are visible, plus `overscan` on each side; all rows of a short list. */
export function rowWindow(count: number, viewport: Viewport | null): RowRange {
  if (count <= windowAbove) return { start: 0, end: count };
  if (!viewport || viewport.height <= 0 || viewport.pitch <= 0) return { start: 0, end: Math.min(count, initialRows) };
  const top = viewport.scrollTop - viewport.listTop;
  const first = Math.floor(top / viewport.pitch);
  const last = Math.ceil((top + viewport.height) / viewport.pitch);
  const start = clamp(first - overscan, 0, count);
  return { start, end: clamp(last + overscan, start, count) };
}

/**
 * The positions to render, in list order: the window, and rows that must stay in the DOM wherever
 * the list is scrolled (the focused row, a row about to take focus), if they exist.
 */
export function renderedRows(range: RowRange, keep: ReadonlyArray<number | null>, count: number): number[] {
  const rows: number[] = [];
  for (let row = range.start; row < range.end; row++) rows.push(row);
  const extra = keep.filter((row): row is number => row !== null && row >= 0 && row < count && (row < range.start || row >= range.end));
  return [...new Set(extra)].concat(rows).sort((a, b) => a - b);
}

/** Whether two viewports put the same rows in the DOM at the same places (no render needed). */
export function sameLayout(count: number, a: Viewport | null, b: Viewport): boolean {
  if (!a || a.pitch !== b.pitch) return false;
  const [before, after] = [rowWindow(count, a), rowWindow(count, b)];
  return before.start === after.start && before.end === after.end;
}
