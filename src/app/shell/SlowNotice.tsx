import { t } from '../i18n';
import type { PendingModel } from '../machine/pending-model';

/**
 * After a few seconds of waiting: how long it has been, and a way out. The live region is there
 * from the start, empty, so its text is announced when it appears.
 */
export function SlowNotice({ pending }: { pending: PendingModel }) {
  const seconds = pending.slowSeconds.value;
  // There before the wait is slow, so the live region is in the DOM before its text (the CSS
  // keeps it out of the layout meanwhile).
  return (
    <div class="pb-slow">
      {/* Announced once; the ticking counter is for the eyes only. */}
      <p aria-live="polite" class="pb-slow-text">
        {seconds !== null && t('common.slow')}
      </p>
      {seconds !== null && (
        <>
          <div class="pb-progress" aria-hidden="true">
            <span class="pb-progress-bar" />
            <span class="pb-progress-seconds">{t('common.seconds', { seconds })}</span>
          </div>
          <button type="button" class="pb-button pb-button-secondary" onClick={pending.cancel}>
            {t('common.cancel')}
          </button>
        </>
      )}
    </div>
  );
}
