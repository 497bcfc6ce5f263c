import { t } from '../i18n';
import type { ApiFailure } from '../../client/failure';
import { Header } from '../shell/Header';
import { AlertIcon } from '../shell/icons';
import { explainFailure } from './failure-text';
import { FailureDetails } from './FailureDetails';
import { signInFailureOf } from './sign-in-failure';

export interface FailureScreenProps {
  failure: ApiFailure;
  /** A failed submit is usually fixed by editing the form; anything else by trying again later. */
  isAboutInput: boolean;
  /** The integration's display name, or null when the failure is not about one. */
  name: string | null;
  onRetry: () => void;
  onBack: (() => void) | null;
  onClose: (() => void) | null;
}

/** What happened in plain words, the server's own message, what to do, details on demand. */
export function FailureScreen({ failure, isAboutInput, name, onRetry, onBack, onClose }: FailureScreenProps) {
  const title = name ? t('failure.title', { name }) : t('failure.titleGeneric');
  const signIn = signInFailureOf(failure);
  // A Deny at the provider is the user's choice: say so, with no advice about their input.
  const isDenied = signIn === 'denied' && name !== null;
  const explanation = isDenied ? t('failure.denied', { name }) : explainFailure(failure, name ?? '');
  return (
    <>
      <Header title={title} onBack={onBack} onClose={onClose} />
      <div class="pb-body pb-failure">
        <span class="pb-badge pb-badge-danger">
          <AlertIcon />
        </span>
        <div role="alert" class="pb-failure-text">
          <p class="pb-lead">{explanation}</p>
          {failure.message && failure.message !== explanation && <p class="pb-server-message">{failure.message}</p>}
        </div>
        {!failure.isCancelled && !isDenied && <p class="pb-muted">{isAboutInput && !signIn ? t('failure.next') : t('failure.nextLater')}</p>}
        <FailureDetails failure={failure} />
        <button type="button" class="pb-button pb-button-primary pb-submit" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      </div>
    </>
  );
}
