import { render } from 'preact';
import '../theme/tokens.css';
import '../styles/shell.css';
import { App } from '../shell/App';
import { parseWidgetConfig } from './widget-config';
import { setupLanguage } from '../i18n';
import { createWidget } from './widget';

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

const isTopLevel = isTopLevelWindow();
const config = parseWidgetConfig(takeTokenFromUrl(isTopLevel), isTopLevel);
void setupLanguage(config.lang);
const widget = createWidget({ window, config, checkApiURL: true });

/**
 * How far the static skeleton's open animation (fade and rise) has got, in ms; the app's dialog
 * takes it over with a negative delay rather than replaying it. No animation left means it ended.
 */
function skeletonAnimationElapsed(skeleton: Element): number {
  const time = skeleton.getAnimations()[0]?.currentTime;
  if (time === undefined) return 60_000;
  return typeof time === 'number' ? time : 0;
}

const root = document.getElementById('app');
if (root) {
  // The static skeleton painted before any script ran; the app draws the same shape over it.
  const skeleton = root.firstElementChild;
  if (skeleton && 'getAnimations' in skeleton) {
    document.documentElement.style.setProperty('--pb-open-delay', `${-skeletonAnimationElapsed(skeleton)}ms`);
  }
  root.replaceChildren();
  render(<App model={widget.model} config={config} />, root);
}
