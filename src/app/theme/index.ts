export { applyTheme, stopTheme } from './apply-theme';
export { showWatermark, resolvedTheme, type ResolvedTheme } from './theme-state';
export { type ThemeChoice, type ThemeInput } from './resolve-theme';
