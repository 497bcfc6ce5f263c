import { t } from '../i18n';
import type { WidgetConfig } from '../boot/widget-config';
import type { WidgetModel } from '../machine/machine';
import { Dialog } from './Dialog';
import { BrandLine } from '../branding/BrandLine';
import { focusesFrame, focusKeyOf } from './screen-focus';
import { ScreenView } from './ScreenView';

export interface AppProps {
  model: WidgetModel;
  config: WidgetConfig;
}

/** The frame around whichever screen the model is on, plus the leave confirmation. */
export function App({ model, config }: AppProps) {
  const screen = model.screen.value;
  const confirming = model.confirmLeave.value !== null;
  const ConfirmLeave = model.views.value?.ConfirmLeave;
  const variant = config.isTopLevel ? 'page' : config.isInline ? 'inline' : config.isEmbedded ? 'embedded' : 'modal';
  // The session turns the "Secured by" line off through its `connectUISettings.showWatermark`.
  return (
    <Dialog focusKey={focusKeyOf(screen)} focusFrame={focusesFrame(screen)} variant={variant} hideFooter={!config.poweredBy}>
      <BrandLine config={config} session={model.session.value} screen={screen} />
      <div class="pb-screen" inert={confirming}>
        <ScreenView model={model} config={config} screen={screen} />
      </div>
      {/* Outside the screen, so it is in the DOM before its text and survives the screen change. */}
      <p aria-live="polite" class="pb-visually-hidden">
        {model.hasRecovered.value && t('tokenTimeout.recovered')}
      </p>
      {confirming && ConfirmLeave && <ConfirmLeave onStay={model.stay} onLeave={model.confirm} />}
    </Dialog>
  );
}
