// The handoff's stylesheet comes with these screens, in the lazy half.
import './handoff.css';
import { Header } from '../shell/Header';
import { AlertIcon } from '../shell/icons';
import type { ScreenActions } from '../shell/ScreenView';
import { t } from '../i18n';
import { displayNameOf } from '../list/display-name';
import type { WidgetModel } from '../machine/machine';
import type { Screen } from '../machine/screen';
import { CopyLink } from './CopyLink';
import type { HandoffFlow } from './handoff-flow';
import { QrImage } from './QrImage';

export type HandoffScreenName = 'handoff' | 'inAppBrowser';

export interface HandoffScreensProps {
  model: WidgetModel;
  screen: Extract<Screen, { name: HandoffScreenName }>;
  actions: ScreenActions;
}

function WatchStatus({ flow }: { flow: HandoffFlow }) {
  switch (flow.status.value) {
    case 'watching':
      return (
        <p class="pb-muted pb-handoff-status" role="status">
          <span class="pb-spinner" aria-hidden="true" />
          {t('handoff.waiting')}
        </p>
      );
    case 'unsupported':
      return <p class="pb-muted" role="status">{t('handoff.cannotWatch')}</p>;
    case 'gaveUp':
      return (
        <>
          <p class="pb-muted" role="status">{t('handoff.gaveUp')}</p>
          <button type="button" class="pb-button pb-button-secondary" onClick={flow.checkAgain}>
            {t('handoff.checkAgain')}
          </button>
        </>
      );
  }
}

/** The session's link as a QR code and as text, while the widget watches for the other device. */
function HandoffScreen({ flow, name, onClose }: { flow: HandoffFlow; name: string; onClose: (() => void) | null }) {
  const link = flow.link.value;
  return (
    <>
      <Header title={t('handoff.title')} onBack={flow.back} onClose={onClose} />
      <div class="pb-body pb-centered">
        <QrImage text={link} label={t('handoff.qrLabel')} failedText={t('handoff.qrFailed')} />
        <p class="pb-lead">{t('handoff.scan', { name })}</p>
        <CopyLink link={link} />
        <p class="pb-help">{t('handoff.private')}</p>
        <WatchStatus flow={flow} />
      </div>
    </>
  );
}

/** OAuth in an app's web view: why it will not work here, and the ways that do. */
function InAppBrowserScreen({ flow, name, onClose }: { flow: HandoffFlow; name: string; onClose: (() => void) | null }) {
  const open = flow.openInBrowser.value;
  return (
    <>
      <Header title={t('oauth.title', { name })} onBack={flow.back} onClose={onClose} />
      <div class="pb-body pb-centered">
        <span class="pb-badge pb-badge-warning">
          <AlertIcon />
        </span>
        <div role="alert">
          <p class="pb-lead">{t('inApp.explain')}</p>
          <p class="pb-muted">{t('inApp.help')}</p>
        </div>
        {open.kind === 'intent' ? (
          // Android hands an intent URL to the app it names (Chrome); the page itself stays.
          <a class="pb-button pb-button-primary" href={open.href} target="_top">
            {t('inApp.open')}
          </a>
        ) : (
          <>
            <p class="pb-help">{t('inApp.copyHelp')}</p>
            <CopyLink link={flow.link.value} />
          </>
        )}
        <div class="pb-actions">
          <button type="button" class="pb-button pb-button-secondary" onClick={flow.continueHere}>
            {t('inApp.tryHere')}
          </button>
          <button type="button" class="pb-button pb-button-primary" onClick={flow.open}>
            {t('handoff.offer')}
          </button>
        </div>
      </div>
    </>
  );
}

/** The handoff's two screens; they live in the lazily loaded half, the QR encoder in a chunk of its own. */
export function HandoffScreens({ model, screen, actions }: HandoffScreensProps) {
  const flow = model.handoff.value;
  if (!flow) return null;
  const name = displayNameOf(screen.target.integration);
  return screen.name === 'handoff'
    ? <HandoffScreen flow={flow} name={name} onClose={actions.onClose} />
    : <InAppBrowserScreen flow={flow} name={name} onClose={actions.onClose} />;
}
