import { t } from '../i18n';
import { Header } from '../shell/Header';
import { AlertIcon } from '../shell/icons';
import { offersHandoffAfterBlocks } from '../handoff/handoff-transitions';
import type { OAuthView as OAuthModel } from '../machine/state';

export interface OAuthWaitingProps {
  model: OAuthModel;
  /** The integration's display name. */
  name: string;
  onClose: (() => void) | null;
  /** "Continue on another device", where the widget may offer it (an OAuth integration, not a preview). */
  onHandoff?: (() => void) | null;
}

/** A blocked or closed popup: why, and the button that opens it again from this click (or redirects). */
function Interrupted({ model, name, onHandoff }: { model: OAuthModel; name: string; onHandoff: (() => void) | null }) {
  const isRedirect = model.nextStep.value === 'redirect';
  const isBlocked = model.phase.value === 'blocked';
  const help = isRedirect ? t('oauth.redirectHelp', { name }) : isBlocked ? t('oauth.blockedHelp') : t('oauth.closedHelp');
  const retry = isRedirect ? t('oauth.continueInTab') : isBlocked ? t('oauth.openWindow') : t('oauth.reopen');
  return (
    <>
      <span class="pb-badge pb-badge-warning">
        <AlertIcon />
      </span>
      <div role="alert">
        <p class="pb-lead">{isBlocked ? t('oauth.blocked') : t('error.window_closed')}</p>
        <p class="pb-muted">{help}</p>
      </div>
      <div class="pb-actions">
        <button type="button" class="pb-button pb-button-secondary" onClick={model.cancel}>
          {t('common.cancel')}
        </button>
        <button type="button" class="pb-button pb-button-primary" onClick={model.reopen}>
          {retry}
        </button>
      </div>
      {onHandoff && offersHandoffAfterBlocks(model.blockedCount.value) && (
        <button type="button" class="pb-link-button" onClick={onHandoff}>
          {t('handoff.offer')}
        </button>
      )}
    </>
  );
}

/** The popup is open: where to look, a way to bring it back, and a way out. */
function Waiting({ model, name }: { model: OAuthModel; name: string }) {
  return (
    <>
      <span class="pb-spinner" role="img" aria-label={t('oauth.waitingLabel', { name })} />
      <p class="pb-lead" role="status">
        {t('oauth.waiting', { name })}
      </p>
      {/* Always in the DOM, so the text is announced when the wait becomes long. */}
      <p class={model.isSlow.value ? 'pb-muted' : 'pb-visually-hidden'} aria-live="polite">
        {model.isSlow.value && t('oauth.slow')}
      </p>
      <div class="pb-actions">
        <button type="button" class="pb-button pb-button-secondary" onClick={model.cancel}>
          {t('common.cancel')}
        </button>
        <button type="button" class="pb-button pb-button-primary" onClick={model.reopen}>
          {model.nextStep.value === 'redirect' ? t('oauth.continueInTab') : t('oauth.reopen')}
        </button>
      </div>
    </>
  );
}

/** "Finish signing in to {name} in the window we opened" while the OAuth flow runs. */
export function OAuthWaiting({ model, name, onClose, onHandoff = null }: OAuthWaitingProps) {
  return (
    <>
      <Header title={t('oauth.title', { name })} onClose={onClose} />
      <div class="pb-body pb-centered">
        {model.phase.value === 'blocked' || model.phase.value === 'closed' ? <Interrupted model={model} name={name} onHandoff={onHandoff} /> : <Waiting model={model} name={name} />}
      </div>
    </>
  );
}
