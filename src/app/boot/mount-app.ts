import { effect } from '@preact/signals-core';
import { networkFailureFrom } from '../../client/failure';
import { t } from '../i18n';
import { failureText } from '../result/failure-text';
import type { WidgetConfig } from './widget-config';
import type { Widget } from './widget';
import type { WidgetModel } from '../machine/machine';

export type AppChunk = typeof import('./render');

/**
 * Draws the app once its chunk has loaded. The entry has already posted `ready` by then, so a
 * chunk that cannot load (offline, a deploy replaced it) must not leave the skeleton spinning
 * forever: the host hears of it as an `error`, and the user reads why in place of the skeleton,
 * with Try again (a failed `import()` is fetched anew) and Close. Plain DOM: the framework is
 * what did not arrive.
 */
export function mountApp(root: HTMLElement, widget: Widget, config: WidgetConfig, load: () => Promise<AppChunk> = () => import('./render'), graceMs = 300): void {
  const skeleton = root.firstElementChild ?? document.createElement('div');
  const attempt = (): void =>
    void load().then(
      ({ renderApp }) => tokenOrGrace(widget.model, graceMs).then(() => renderApp(root, widget.model, config)),
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

/**
 * The app's first render is the boot's longest task, and a token arriving during it would wait for
 * it before the first GETs leave. So the app draws in the task after the token is in (or once the
 * screen is any other), or after a moment without one (a host that fetches its token first); until
 * then the static skeleton shows the same loader.
 */
function tokenOrGrace(model: WidgetModel, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      queueMicrotask(() => stop());
      setTimeout(resolve);
    };
    const timer = setTimeout(done, graceMs);
    const stop = effect(() => void (model.screen.value.name !== 'awaitingToken' && done()));
  });
}
