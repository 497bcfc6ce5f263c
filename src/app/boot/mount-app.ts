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
  const skeleton = root.firstElementChild ?? document.createElement('div');
  const attempt = (): void =>
    void load().then(
      ({ renderApp }) => renderApp(root, widget.model, config),
      (error: unknown) => {
        const failure = networkFailureFrom(error);
        widget.report(failure);
        const message = Object.assign(document.createElement('p'), { className: 'pb-lead', textContent: failureText(failure, '') });
        message.setAttribute('role', 'alert');
        const button = (label: string, kind: string, onclick: () => void) => Object.assign(document.createElement('button'), { type: 'button', className: `pb-button pb-button-${kind}`, textContent: label, onclick });
        const retry = button(t('common.tryAgain'), 'primary', () => {
          root.replaceChildren(skeleton);
          attempt();
        });
        // The skeleton's frame, its placeholders replaced and no longer hidden from assistive technology.
        const frame = skeleton.cloneNode(true) as Element;
        frame.removeAttribute('aria-hidden');
        frame.querySelector('.pb-header')?.remove();
        const body = frame.querySelector('.pb-body') ?? frame;
        body.className += ' pb-centered';
        body.replaceChildren(message, retry);
        if (config.canClose) body.append(button(t('common.close'), 'secondary', widget.model.requestClose));
        root.replaceChildren(frame);
        retry.focus();
      },
    );
  attempt();
}
