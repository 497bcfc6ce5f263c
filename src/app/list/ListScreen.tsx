import { useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { ListModel } from './list-model';
import type { WidgetModel } from '../machine/machine';
import { Header } from '../shell/Header';
import { IntegrationRow } from './IntegrationRow';
import { enterList, moveInList } from './list-keys';
import { SearchBox } from './SearchBox';

// Above this many integrations, typing is the fastest way in: the search box takes focus.
const searchFirstAbove = 5;

export interface ListScreenProps {
  model: WidgetModel;
  list: ListModel;
  onClose: (() => void) | null;
}

export function ListScreen({ model, list: search, onClose }: ListScreenProps) {
  const list = useRef<HTMLUListElement>(null);
  const { query, matches, shown } = search;
  const total = matches.value.length;

  if (model.integrationCount.value === 0) return <EmptyList onClose={onClose} />;
  return (
    <>
      <Header title={t('list.title')} onClose={onClose} />
      <div class="pb-body">
        <p class="pb-description">{t('list.description')}</p>
        <SearchBox
          value={query.value}
          onInput={search.setQuery}
          onKeyDown={(event) => enterList(event, list.current)}
          isAutofocus={model.integrationCount.value > searchFirstAbove}
        />
        {/* Always in the DOM, so "no match" is announced when it appears. */}
        <p class={total === 0 ? 'pb-empty-match' : 'pb-visually-hidden'} aria-live="polite">
          {total === 0 && t('list.noMatch', { query: query.value })}
        </p>
        <ul ref={list} class="pb-list" onKeyDown={(event) => list.current && moveInList(event, list.current)}>
          {shown.value.map((integration) => (
            <IntegrationRow key={integration.unique_key} integration={integration} onSelect={model.select} onPrefetch={model.prefetch} />
          ))}
        </ul>
        {shown.value.length < total && (
          <div class="pb-more">
            <p class="pb-muted">{t('list.count', { shown: shown.value.length, total })}</p>
            <button type="button" class="pb-button pb-button-secondary" onClick={search.showMore}>
              {t('list.showMore', { count: Math.min(total - shown.value.length, 100) })}
            </button>
          </div>
        )}
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
