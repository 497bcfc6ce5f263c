import '../theme/tokens.css';
import '../styles/shell.css';
// The list is the first screen the app paints: its styles come in the entry's one stylesheet, as a
// stylesheet of the app's chunk would be one more request before the list.
import '../styles/list.css';
import { parseWidgetConfig } from './widget-config';
import { setupLanguage } from '../i18n';
import { createWidget } from './widget';
import { mountApp } from './mount-app';

// The entry posts `ready`, takes the token and sends the first GETs without the UI framework; the
// screens (Preact, the list) are a second chunk that the page's head preloads, so it downloads
// beside this one and is parsed while the data travels.

function isTopLevelWindow(): boolean {
  try {
    return window.top === window.self;
  } catch {
    return false; // a cross-origin parent: we are framed
  }
}

const linkTokenKey = 'plugboard.connect-link-token';

/**
 * A connect link carries the token in its URL. Once read it leaves the address bar (history,
 * bookmarks, screenshots) and lives in this tab's sessionStorage, so a reload still works.
 */
function takeTokenFromUrl(isTopLevel: boolean): string {
  const url = new URL(window.location.href);
  if (!isTopLevel) return url.search;
  const token = url.searchParams.get('session_token');
  if (token) {
    window.sessionStorage.setItem(linkTokenKey, token);
    url.searchParams.delete('session_token');
    window.history.replaceState(window.history.state, '', url);
  }
  const stored = window.sessionStorage.getItem(linkTokenKey);
  if (stored) url.searchParams.set('session_token', stored);
  return url.search;
}

const root = document.getElementById('app');
const isTopLevel = isTopLevelWindow();
const config = parseWidgetConfig(takeTokenFromUrl(isTopLevel), isTopLevel);
void setupLanguage(config.lang);
const widget = createWidget({ window, config, checkApiURL: true });

if (root) mountApp(root, widget, config);
