import { t } from '../i18n';
import { Header } from '../shell/Header';
import { CheckIcon } from '../shell/more-icons';
import { displayNameOf } from '../list/list-model';
import type { Target } from '../machine/screen';

export interface SuccessScreenProps {
  target: Target;
  /** An app install an owner still has to approve: the connection completes later, on its own. */
  isPending: boolean;
  /** Null in a connect link (no host to close it): the user closes the tab instead. */
  onDone: (() => void) | null;
}

export function SuccessScreen({ target, isPending, onDone }: SuccessScreenProps) {
  const name = displayNameOf(target.integration);
  return (
    <>
      <Header title={t(isPending ? 'success.pendingTitle' : 'success.title', { name })} onClose={onDone} />
      <div class="pb-body pb-centered">
        <span class="pb-badge pb-badge-success">
          <CheckIcon />
        </span>
        <p class="pb-lead" role="status">
          {t(isPending ? 'success.pendingMessage' : 'success.message', { name })}
        </p>
        {onDone ? (
          <button type="button" class="pb-button pb-button-primary" onClick={onDone}>
            {t('common.done')}
          </button>
        ) : (
          <p class="pb-muted">{t('success.closeTab')}</p>
        )}
      </div>
    </>
  );
}
