import { t } from '../i18n';
import type { WidgetConfig } from '../config/widget-config';
import type { WidgetModel } from '../models/widget-model';
import { displayNameOf } from '../models/list-model';
import type { Screen } from '../state/screen';
import { FailureScreen } from '../screens/FailureScreen';
import { LoadedScreen, type LoadedScreenName } from './LoadedScreen';
import { LoaderScreen } from './LoaderScreen';
import { MessageScreen } from './MessageScreen';

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
  screen.name === 'list' || screen.name === 'form' || screen.name === 'submitting' || screen.name === 'success';

/** One component per screen; every decision was already made by the model. */
export function ScreenView({ model, config, screen }: ScreenViewProps) {
  const actions: ScreenActions = {
    onClose: !config.isTopLevel && !config.isPreview ? model.requestClose : null,
    onBack: model.hasList.value ? model.requestBack : null,
  };
  const views = model.views.value;
  if (isLoaded(screen) && views) return <LoadedScreen model={model} views={views} screen={screen} actions={actions} />;
  switch (screen.name) {
    case 'openingForm':
      return <LoaderScreen title={t('form.title', { name: displayNameOf(screen.integration) })} pending={model.pending} {...actions} />;
    case 'failure': {
      const name = screen.integration ? displayNameOf(screen.integration) : null;
      return <FailureScreen failure={screen.failure} isAboutInput={screen.step === 'submit'} name={name} onRetry={model.retry} {...actions} />;
    }
    case 'expired':
      return <MessageScreen title={t('expired.title')} message={t('expired.message')} onClose={actions.onClose} />;
    case 'noToken':
      return <MessageScreen title={t('noToken.title')} message={t('noToken.message')} onClose={null} />;
    case 'fatal':
      return <MessageScreen title={t('tokenTimeout.title')} message={t('tokenTimeout.message')} onClose={actions.onClose} />;
    default:
      return <LoaderScreen title={t('list.title')} pending={model.pending} onClose={actions.onClose} />;
  }
}
