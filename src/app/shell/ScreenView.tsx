import { t } from '../i18n';
import type { WidgetConfig } from '../boot/widget-config';
import type { WidgetModel } from '../machine/machine';
import { displayNameOf } from '../list/display-name';
import type { Screen } from '../machine/screen';
import { explainFailure, failureText } from '../result/failure-text';
import type { LoadedScreenName } from './LoadedScreen';
import { LoaderScreen } from './LoaderScreen';
import { ListScreen } from '../list/ListScreen';
import { MessageScreen } from '../result/MessageScreen';

export interface ScreenViewProps {
  model: WidgetModel;
  config: WidgetConfig;
  screen: Screen;
}

/** Actions a screen may offer, decided once: what a connect link or a preview cannot do is null. */
export interface ScreenActions {
  onClose: (() => void) | null;
  onBack: (() => void) | null;
}

const isLoaded = (screen: Screen): screen is Extract<Screen, { name: LoadedScreenName }> =>
  screen.name === 'form' || screen.name === 'submitting' || screen.name === 'oauth' || screen.name === 'success';

/** One component per screen; every decision was already made by the model. */
export function ScreenView({ model, config, screen }: ScreenViewProps) {
  const actions: ScreenActions = {
    onClose: config.canClose ? model.requestClose : null,
    onBack: model.hasList.value ? model.requestBack : null,
  };
  const views = model.views.value;
  if (isLoaded(screen) && views) return <views.LoadedScreen model={model} screen={screen} actions={actions} />;
  if ((screen.name === 'handoff' || screen.name === 'inAppBrowser') && views) return <views.HandoffScreens model={model} screen={screen} actions={actions} />;
  switch (screen.name) {
    case 'list':
      return <ListScreen model={model} list={model.list} onClose={actions.onClose} />;
    case 'openingForm':
      return <LoaderScreen title={t('form.title', { name: displayNameOf(screen.integration) })} pending={model.pending} {...actions} />;
    case 'failure': {
      const name = screen.integration ? displayNameOf(screen.integration) : null;
      if (views) return <views.FailureScreen failure={screen.failure} isAboutInput={screen.step === 'submit'} name={name} onRetry={model.retry} {...actions} />;
      // The lazy half itself could not load (offline): a plain screen from the first chunk.
      return (
        <MessageScreen title={t('failure.titleGeneric')} message={explainFailure(screen.failure, '')} onClose={actions.onClose}>
          <button type="button" class="pb-button pb-button-primary" onClick={model.retry}>
            {t('common.tryAgain')}
          </button>
        </MessageScreen>
      );
    }
    case 'expired': {
      const { isMalformed, hasWaited } = screen;
      const message = isMalformed ? 'invalidToken.message' : hasWaited ? 'tokenTimeout.message' : 'expired.message';
      return (
        <MessageScreen title={t(isMalformed ? 'tokenTimeout.title' : 'expired.title')} message={t(message)} onClose={actions.onClose}>
          {(isMalformed || hasWaited) && actions.onClose && (
            <button type="button" class="pb-button pb-button-primary" onClick={actions.onClose}>
              {t('common.close')}
            </button>
          )}
        </MessageScreen>
      );
    }
    case 'noToken':
      return <MessageScreen title={t('noToken.title')} message={t('noToken.message')} onClose={null} />;
    case 'fatal':
      // No token in time, or a widget that cannot run at all (its failure says why).
      return (
        <MessageScreen
          title={t('tokenTimeout.title')}
          message={screen.failure.errorType === 'missing_connect_session_token' ? t('tokenTimeout.message') : failureText(screen.failure, '')}
          onClose={actions.onClose}
        >
          {screen.failure.errorType === 'network_error' && (
            <button type="button" class="pb-button pb-button-primary" onClick={model.checkApiAgain}>
              {t('common.tryAgain')}
            </button>
          )}
        </MessageScreen>
      );
    default:
      return <LoaderScreen title={t('list.title')} pending={model.pending} onClose={actions.onClose} />;
  }
}
