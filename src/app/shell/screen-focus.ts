import type { Screen } from '../machine/screen';

/**
 * Identifies a screen for focus management: focus moves when this changes. Submitting keeps focus
 * on the button the user pressed, so it reports the form's key.
 */
export function focusKeyOf(screen: Screen): string {
  switch (screen.name) {
    case 'form':
    case 'submitting':
    case 'oauth':
      return `form:${screen.target.integration.unique_key}`;
    case 'success':
      return `success:${screen.target.integration.unique_key}`;
    case 'openingForm':
      return `opening:${screen.integration.unique_key}`;
    case 'awaitingToken':
    case 'loading':
      return 'loading';
    default:
      return screen.name;
  }
}

/** Screens that only wait for something else (the loader) focus the dialog itself, not their title. */
export const focusesFrame = (screen: Screen): boolean => screen.name === 'awaitingToken' || screen.name === 'loading' || screen.name === 'openingForm';
