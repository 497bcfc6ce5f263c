import { displayNameOf } from '../list/display-name';
import { errorPayloadFor } from './show-failure';
import type { WidgetState } from './state';
import type { Screen } from './screen';
import { createBrowserOAuth } from './browser-oauth';
import type { OAuthEnvironment } from './oauth-environment';
import type { OAuthModel } from './oauth';

const nameOn = (screen: Screen): string => ('target' in screen && screen.target ? displayNameOf(screen.target.integration) : '');

/** The composition root's environment, or this window with the host's origin not yet known. */
export function oauthEnvironmentOf(state: WidgetState): OAuthEnvironment {
  return state.deps.oauth ?? { window, hostOrigin: () => null };
}

/** The widget's one OAuth model, made on first use (it lives in the lazy half) and kept in the state. */
export function oauthModelFor(state: WidgetState): OAuthModel {
  const { config, emit } = state.deps;
  const environment = oauthEnvironmentOf(state);
  state.oauth.value ??= createBrowserOAuth({
    window: environment.window,
    config,
    hostOrigin: environment.hostOrigin,
    reportError: (failure) => {
      const screen = state.screen.value;
      const integration = 'target' in screen ? screen.target?.integration.unique_key : undefined;
      state.track?.(failure.errorType === 'blocked_by_browser' ? 'popup:blocked_by_browser' : 'popup:closed_early', integration);
      emit({ type: 'error', payload: errorPayloadFor(failure, nameOn(screen)) });
    },
  });
  return state.oauth.value;
}
