import type { ConnectUISettings } from '../../protocol';
import type { ResolvedTheme } from './theme-state';

export type ThemeChoice = 'light' | 'dark' | 'system';

export type ThemeInput = {
  /** The host's `theme` option (URL). */
  theme: ThemeChoice | null;
  /** The host's primary colour option (URL), used in both themes. */
  primary: string | null;
  /** The session's settings, once loaded (or pushed by `settings_changed`). */
  settings: ConnectUISettings | null;
};

/** Host option, then the session's default, then the operating system. */
export function chooseTheme(input: ThemeInput): ThemeChoice {
  return input.theme ?? input.settings?.defaultTheme ?? 'system';
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ResolvedTheme {
  if (choice !== 'system') return choice;
  return systemPrefersDark ? 'dark' : 'light';
}

/** Host option, then the session's colour for the theme in effect; `null` keeps the default. */
export function choosePrimary(input: ThemeInput, theme: ResolvedTheme): string | null {
  return input.primary || input.settings?.theme[theme].primary || null;
}
