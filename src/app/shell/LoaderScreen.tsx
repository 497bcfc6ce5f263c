import { t } from '../i18n';
import type { PendingModel } from '../machine/pending-model';
import { Header } from './Header';
import { SlowNotice } from './SlowNotice';

export interface LoaderScreenProps {
  title: string;
  pending: PendingModel;
  onClose: (() => void) | null;
  onBack?: (() => void) | null;
}

/** The skeleton of the list, announced as "Loading" — the same shape the static HTML paints first. */
export function LoaderScreen({ title, pending, onClose, onBack }: LoaderScreenProps) {
  return (
    <>
      <Header title={title} onClose={onClose} onBack={onBack} />
      <div class="pb-body">
        <div role="status" aria-label={t('common.loading')} class="pb-skeleton">
          <span class="pb-skeleton-bar pb-skeleton-search" />
          <span class="pb-skeleton-row" />
          <span class="pb-skeleton-row" />
          <span class="pb-skeleton-row" />
        </div>
        <SlowNotice pending={pending} />
      </div>
    </>
  );
}
