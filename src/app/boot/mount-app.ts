import { networkFailureFrom } from '../../client/failure';
import { t } from '../i18n';
import { failureText } from '../result/failure-text';
import type { WidgetConfig } from './widget-config';
import type { Widget } from './widget';

export type AppChunk = typeof import('./render');

/**
 * Draws the app once its chunk has loaded. The entry has already posted `ready` by then, so a
 * chunk that cannot load (offline, a deploy replaced it) must not leave the skeleton spinning
 * forever: the host hears of it as an `error`, and the user reads why in place of the skeleton,
 * with Try again (a failed `import()` is fetched anew) and Close. Plain DOM: the framework is
 * what did not arrive.
 */
export function mountApp(root: HTMLElement, widget: Widget, config: WidgetConfig, load: () => Promise<AppChunk> = () => import('./render')): void {
  const skeleton = [...root.childNodes];
  const attempt = (): void =>
    void load().then(
      ({ renderApp }) => renderApp(root, widget.model, config),
      (error: unknown) => {
        const failure = networkFailureFrom(error);
        widget.report(failure);
        const message = Object.assign(document.createElement('p'), { className: 'pb-lead', textContent: failureText(failure, '') });
        message.setAttribute('role', 'alert');
        const button = (label: string, className: string, onclick: () => void) => Object.assign(document.createElement('button'), { type: 'button', className: `pb-button ${className}`, textContent: label, onclick });
        const retry = button(t('common.tryAgain'), 'pb-button-primary', () => {
          root.replaceChildren(...skeleton);
          attempt();
        });
        const body = Object.assign(document.createElement('div'), { className: 'pb-body pb-centered' });
        body.append(message, retry);
        if (config.canClose) body.append(button(t('common.close'), 'pb-button-secondary', widget.model.requestClose));
        // The skeleton's own frame, emptied and no longer hidden from assistive technology.
        const [backdrop, dialog] = ['.pb-backdrop', '.pb-dialog'].map((selector) => {
          const frame = root.querySelector(selector)?.cloneNode(false);
          return frame instanceof HTMLElement ? frame : document.createElement('div');
        });
        backdrop.removeAttribute('aria-hidden');
        dialog.append(body);
        backdrop.append(dialog);
        root.replaceChildren(backdrop);
        retry.focus();
      },
    );
  attempt();
}
