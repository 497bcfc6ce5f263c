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
// The static skeleton painted before any script ran; the app draws the same shape over it. Its
// animation is read first, while the page's style is still the painted one: after the widget has
// written its theme and language on <html>, reading it would restyle the whole page in this task.
// The app's dialog takes the animation over with a negative delay rather than replaying it; none
// left means it ended (the few ms until the app replaces the skeleton do not show in its fade).
const skeleton = root?.firstElementChild;
if (skeleton && 'getAnimations' in skeleton) {
  const time = skeleton.getAnimations()[0]?.currentTime;
  document.documentElement.style.setProperty('--pb-open-delay', `${time === undefined ? -60_000 : -(Number(time) || 0)}ms`);
}

const isTopLevel = isTopLevelWindow();
const config = parseWidgetConfig(takeTokenFromUrl(isTopLevel), isTopLevel);
void setupLanguage(config.lang);
const widget = createWidget({ window, config, checkApiURL: true });

if (root) mountApp(root, widget, config);
