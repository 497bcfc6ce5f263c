import { describe, expect, it } from 'vitest';
import { nextRow } from './list-keys';
import { initialRows, overscan, renderedRows, rowWindow, sameLayout, windowAbove } from './list-window';

const viewport = { scrollTop: 0, height: 600, listTop: 150, pitch: 60 };

describe('rowWindow', () => {
  it('renders every row of a short list', () => {
    expect(rowWindow(windowAbove, viewport)).toEqual({ start: 0, end: windowAbove });
  });

  it('renders the rows in view plus the overscan of a long list', () => {
    // Rows 0–7 are in view below a 150 px header; 8 more after.
    expect(rowWindow(5000, viewport)).toEqual({ start: 0, end: 8 + overscan });
    // Scrolled to row 1,000 at the top.
    const scrolled = rowWindow(5000, { ...viewport, scrollTop: 150 + 1000 * 60 });
    expect(scrolled).toEqual({ start: 1000 - overscan, end: 1010 + overscan });
  });

  it('stops at the last row', () => {
    const atEnd = rowWindow(5000, { ...viewport, scrollTop: 150 + 5000 * 60 - 600 });
    expect(atEnd).toEqual({ start: 4990 - overscan, end: 5000 });
  });

  it('renders the first rows until the list is measured', () => {
    expect(rowWindow(5000, null)).toEqual({ start: 0, end: initialRows });
    expect(rowWindow(5000, { ...viewport, height: 0 })).toEqual({ start: 0, end: initialRows });
  });

  it('costs the same at any size: 500 and 5,000 rows render as many', () => {
    const size = (count: number) => {
      const range = rowWindow(count, { ...viewport, scrollTop: 4000 });
      return range.end - range.start;
    };
    expect(size(500)).toBe(size(5000));
    expect(size(5000)).toBeLessThan(40);
  });
});

describe('renderedRows', () => {
  it('keeps a focused row far outside the window, in list order, once', () => {
    expect(renderedRows({ start: 10, end: 13 }, [4000, null, 11, 4000], 5000)).toEqual([10, 11, 12, 4000]);
    expect(renderedRows({ start: 10, end: 13 }, [2], 5000)).toEqual([2, 10, 11, 12]);
  });

  it('forgets kept rows the list no longer has', () => {
    expect(renderedRows({ start: 0, end: 2 }, [7, -1], 2)).toEqual([0, 1]);
  });
});

describe('sameLayout', () => {
  it('needs no render while scrolling within the same rows, and one when the rows change', () => {
    expect(sameLayout(5000, viewport, { ...viewport, scrollTop: 10 })).toBe(true);
    expect(sameLayout(5000, viewport, { ...viewport, scrollTop: 600 })).toBe(false);
    expect(sameLayout(5000, viewport, { ...viewport, pitch: 64 })).toBe(false);
    expect(sameLayout(5000, null, viewport)).toBe(false);
  });
});

describe('nextRow', () => {
  it('moves by position, across the edge of what is rendered', () => {
    expect(nextRow('ArrowDown', 27, 5000)).toBe(28);
    expect(nextRow('ArrowDown', 4999, 5000)).toBe(4999);
    expect(nextRow('ArrowUp', 28, 5000)).toBe(27);
    expect(nextRow('End', 3, 5000)).toBe(4999);
    expect(nextRow('Home', 4999, 5000)).toBe(0);
  });

  it('leaves the first row up to the search box, and ignores other keys', () => {
    expect(nextRow('ArrowUp', 0, 5000)).toBe('search');
    expect(nextRow('Enter', 3, 5000)).toBeNull();
    expect(nextRow('ArrowDown', 0, 0)).toBeNull();
  });
});
