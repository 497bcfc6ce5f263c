// Preact components re-render on the signals they read once this integration is installed, which
// importing it does; the models themselves use the framework-free core.
import '@preact/signals';
import { render } from 'preact';
import { App } from '../shell/App';
import type { WidgetConfig } from './widget-config';
import type { WidgetModel } from '../machine/machine';

/** The app's chunk: draws the model's screens over the static skeleton, which has the same shape. */
export function renderApp(root: HTMLElement, model: WidgetModel, config: WidgetConfig): void {
  continueOpenAnimation();
  root.replaceChildren();
  render(<App model={model} config={config} />, root);
}

/**
 * The static skeleton's open animation started with the page's first paint; the app's dialog takes
 * it over with a negative delay rather than replaying it. The paint's time says how far it has got
 * without asking the skeleton for its animations, which would compute the page's style in this
 * task. No paint yet: nothing was seen, and the dialog's animation starts afresh.
 */
function continueOpenAnimation(): void {
  const [paint] = performance.getEntriesByName('first-paint');
  if (paint) document.documentElement.style.setProperty('--pb-open-delay', `${paint.startTime - performance.now()}ms`);
}
