// Preact components re-render on the signals they read once this integration is installed, which
// importing it does; the models themselves use the framework-free core.
import '@preact/signals';
import { render } from 'preact';
import { App } from '../shell/App';
import type { WidgetConfig } from './widget-config';
import type { WidgetModel } from '../machine/machine';

/** The app's chunk: draws the model's screens over the static skeleton, which has the same shape. */
export function renderApp(root: HTMLElement, model: WidgetModel, config: WidgetConfig): void {
  root.replaceChildren();
  render(<App model={model} config={config} />, root);
}
