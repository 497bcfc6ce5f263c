import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

export interface ConfirmLeaveProps {
  onStay: () => void;
  onLeave: () => void;
}

/** Asked inside the dialog (never `window.confirm`): the form behind it is inert meanwhile. */
export function ConfirmLeave({ onStay, onLeave }: ConfirmLeaveProps) {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement;
    stay.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  return (
    <div class="pb-confirm-layer">
      <div class="pb-confirm" role="alertdialog" aria-modal="true" aria-labelledby="pb-confirm-title" aria-describedby="pb-confirm-message">
        <h2 id="pb-confirm-title" class="pb-confirm-title">
          {t('confirm.title')}
        </h2>
        <p id="pb-confirm-message">{t('confirm.message')}</p>
        <div class="pb-actions">
          <button ref={stay} type="button" class="pb-button pb-button-secondary" onClick={onStay}>
            {t('confirm.stay')}
          </button>
          <button type="button" class="pb-button pb-button-danger" onClick={onLeave}>
            {t('confirm.leave')}
          </button>
        </div>
      </div>
    </div>
  );
}
