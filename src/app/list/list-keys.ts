/** Arrow keys, Home and End move between the rows of the integration list. */
export function moveInList(event: KeyboardEvent, list: HTMLElement): void {
  const rows = Array.from(list.querySelectorAll<HTMLElement>('.pb-row'));
  const current = rows.findIndex((row) => row === list.ownerDocument.activeElement);
  const last = rows.length - 1;
  const next = { ArrowDown: Math.min(current + 1, last), ArrowUp: current - 1, Home: 0, End: last }[event.key];
  if (next === undefined || current === -1) return;
  event.preventDefault();
  if (next < 0) list.ownerDocument.querySelector<HTMLElement>('.pb-search-input')?.focus();
  else rows[next]?.focus();
}

/** ArrowDown in the search box enters the list. */
export function enterList(event: KeyboardEvent, list: HTMLElement | null): void {
  if (event.key !== 'ArrowDown' || !list) return;
  const first = list.querySelector<HTMLElement>('.pb-row');
  if (!first) return;
  event.preventDefault();
  first.focus();
}
