import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { ApiFailure } from '../../client/failure';

/** The technical part, on demand: the code, the status and what the server said, as text. */
export function FailureDetails({ failure }: { failure: ApiFailure }) {
  const [isOpen, setOpen] = useState(false);
  if (!failure.code && failure.status === null && !failure.detail) return null;
  return (
    <div class="pb-details">
      <button type="button" class="pb-link-button" aria-expanded={isOpen} aria-controls="pb-failure-details" onClick={() => setOpen(!isOpen)}>
        {isOpen ? t('failure.hideDetails') : t('failure.showDetails')}
      </button>
      <dl id="pb-failure-details" class="pb-details-list" hidden={!isOpen}>
        {failure.code && (
          <>
            <dt>{t('failure.code')}</dt>
            <dd>{failure.code}</dd>
          </>
        )}
        {failure.status !== null && (
          <>
            <dt>{t('failure.status')}</dt>
            <dd>{failure.status}</dd>
          </>
        )}
        {failure.detail && (
          <>
            <dt>{t('failure.response')}</dt>
            <dd class="pb-details-raw">{failure.detail}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
