import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { ListModel } from './list-model';
import type { WidgetModel } from '../machine/machine';
import { Header } from '../shell/Header';
import { IntegrationRow } from './IntegrationRow';
import { nextRow } from './list-keys';
import { estimatedPitch, renderedRows, rowWindow, sameLayout, windowAbove, type Viewport } from './list-window';
import { SearchBox } from './SearchBox';

// Above this many integrations, typing is the fastest way in: the search box takes focus.
const searchFirstAbove = 5;

// Logos load once the list's first frame is painted, so the names never wait behind them; after
// that (back from a form) they show at once, from the cache.
let hasPaintedList = false;

export interface ListScreenProps {
  model: WidgetModel;
  list: ListModel;
  onClose: (() => void) | null;
}

const rowAt = (list: HTMLElement | null, position: number) => list?.querySelector<HTMLElement>(`[data-position="${position}"] .pb-row`) ?? null;

/** Where the list sits in its scrolling container (the screen's body), and its row pitch. */
function measure(list: HTMLElement): Viewport | null {
  const scroller = list.closest<HTMLElement>('.pb-body');
  if (!scroller) return null;
  const row = list.firstElementChild;
  return {
    scrollTop: scroller.scrollTop,
    height: scroller.clientHeight,
    listTop: list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop,
    pitch: row instanceof HTMLElement && row.offsetHeight > 0 ? row.offsetHeight : estimatedPitch,
  };
}

export function ListScreen({ model, list: search, onClose }: ListScreenProps) {
  const list = useRef<HTMLUListElement>(null);
  const { query, matches } = search;
  const rows = matches.value;
  const total = rows.length;
  const isWindowed = total > windowAbove;
  const [viewport, setViewport] = useState<Viewport | null>(null);
  // Rows that stay rendered wherever the list is scrolled: the focused one, and one about to be.
  const [focused, setFocused] = useState<number | null>(null);
  const [toFocus, setToFocus] = useState<number | null>(null);
  const [showsLogos, setShowsLogos] = useState(hasPaintedList);

  useEffect(() => {
    hasPaintedList = true; // effects run after the frame is painted
    setShowsLogos(true);
  }, []);

  // Measured before the browser paints, again on every scroll and resize; a render only when
  // other rows come into the window.
  useLayoutEffect(() => {
    const element = list.current;
    const scroller = element?.closest<HTMLElement>('.pb-body');
    if (!isWindowed || !element || !scroller) return;
    const update = () => {
      const next = measure(element);
      if (next) setViewport((previous) => (sameLayout(total, previous, next) ? previous : next));
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    resizes?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', update);
      resizes?.disconnect();
    };
  }, [isWindowed, total]);

  // A row outside the window is rendered first, then focused (which scrolls it into view).
  useLayoutEffect(() => {
    if (toFocus === null) return;
    rowAt(list.current, toFocus)?.focus();
    setToFocus(null);
  }, [toFocus]);

  const focusRow = (position: number) => {
    const row = rowAt(list.current, position);
    if (row) row.focus();
    else setToFocus(position);
  };

  const onListKey = (event: KeyboardEvent) => {
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-position]') : null;
    if (!item) return;
    const next = nextRow(event.key, Number(item.dataset.position), total);
    if (next === null) return;
    event.preventDefault();
    if (next === 'search') list.current?.ownerDocument.querySelector<HTMLElement>('.pb-search-input')?.focus();
    else focusRow(next);
  };

  const onFocusIn = (event: FocusEvent) => {
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-position]') : null;
    setFocused(item ? Number(item.dataset.position) : null);
  };

  const onFocusOut = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && list.current?.contains(event.relatedTarget))) setFocused(null);
  };

  if (model.integrationCount.value === 0) return <EmptyList onClose={onClose} />;
  const pitch = viewport?.pitch ?? estimatedPitch;
  const positions = renderedRows(rowWindow(total, viewport), [focused, toFocus], total);
  return (
    <>
      <Header title={t('list.title')} onClose={onClose} />
      <div class="pb-body">
        <p class="pb-description">{t('list.description')}</p>
        <SearchBox
          value={query.value}
          onInput={search.setQuery}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' || total === 0) return;
            event.preventDefault();
            focusRow(0);
          }}
          isAutofocus={model.integrationCount.value > searchFirstAbove}
        />
        {/* Always in the DOM, so "no match" is announced when it appears. */}
        <p class={total === 0 ? 'pb-empty-match' : 'pb-visually-hidden'} aria-live="polite">
          {total === 0 && t('list.noMatch', { query: query.value })}
        </p>
        {/* A long list is as tall as all its rows, and only those in view (and a few more) are in it. */}
        <ul
          ref={list}
          class={isWindowed ? 'pb-list pb-list-windowed' : 'pb-list'}
          style={isWindowed ? { height: `${total * pitch}px` } : undefined}
          onKeyDown={onListKey}
          onFocusIn={onFocusIn}
          onFocusOut={onFocusOut}
        >
          {positions.map((position) => {
            const integration = rows[position];
            return (
              integration && (
                <IntegrationRow
                  key={integration.unique_key}
                  integration={integration}
                  position={position}
                  total={total}
                  top={isWindowed ? position * pitch : null}
                  showsLogo={showsLogos}
                  onSelect={model.select}
                  onPrefetch={model.prefetch}
                />
              )
            );
          })}
        </ul>
      </div>
    </>
  );
}

function EmptyList({ onClose }: { onClose: (() => void) | null }) {
  return (
    <>
      <Header title={t('list.emptyTitle')} onClose={onClose} />
      <div class="pb-body pb-centered">
        <p class="pb-lead">{t('list.emptyDescription')}</p>
        {onClose && (
          <button type="button" class="pb-button pb-button-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
    </>
  );
}
