import { render } from 'preact';
import './theme/tokens.css';
import './styles/shell.css';
import { App } from './components/App';
import { parseWidgetConfig } from './config/widget-config';
import { setupLanguage } from './i18n';
import { createWidget } from './widget';

function isTopLevelWindow(): boolean {
  try {
    return window.top === window.self;
  } catch {
    return false; // a cross-origin parent: we are framed
  }
}

const config = parseWidgetConfig(window.location.search, isTopLevelWindow());
void setupLanguage(config.lang);
const widget = createWidget({ window, config });

const root = document.getElementById('app');
if (root) {
  // The static skeleton painted before any script ran; the app draws the same shape over it.
  root.replaceChildren();
  render(<App model={widget.model} config={config} />, root);
}
