import { isAuthMode } from '../../client/auth';
import { authRoutes } from '../../client/auth';
import type { Screen, Target } from '../machine/screen';

/** Signed in through the provider's own page (the OAuth family): what popups and web views break. */
export function isOAuthTarget(target: Target): boolean {
  const mode = target.provider.auth_mode;
  return isAuthMode(mode) && authRoutes[mode]({ credentials: {}, params: {}, assertion_option: {} }, target.provider).kind === 'oauth';
}

/** An OAuth submit in an app's web view explains first, instead of a sign-in window that cannot work. */
export function screenOnSubmit(target: Target, { isInAppBrowser, isPreview }: { isInAppBrowser: boolean; isPreview: boolean }): Screen | null {
  return isInAppBrowser && !isPreview && isOAuthTarget(target) ? { name: 'inAppBrowser', target } : null;
}

/** "Continue on another device": from an OAuth form, a sign-in in progress, or the in-app explanation. */
export function screenForHandoff(current: Screen): Extract<Screen, { name: 'handoff' }> | null {
  switch (current.name) {
    case 'form':
    case 'submitting':
    case 'oauth':
    case 'inAppBrowser':
      return isOAuthTarget(current.target) ? { name: 'handoff', target: current.target } : null;
    default:
      return null;
  }
}

/** Back from the handoff or the in-app explanation: the form, as the user left it. */
export function screenBeforeHandoff(current: Screen): Screen | null {
  return current.name === 'handoff' || current.name === 'inAppBrowser' ? { name: 'form', target: current.target } : null;
}

/** A popup blocked twice will not open here: the waiting screen offers the other device too. */
export const offersHandoffAfterBlocks = (blockedCount: number): boolean => blockedCount >= 2;
