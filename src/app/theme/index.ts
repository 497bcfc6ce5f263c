export { applyTheme, stopTheme } from './apply-theme';
export { showWatermark, resolvedTheme, type ResolvedTheme } from './theme-state';
export { type ThemeChoice, type ThemeInput } from './resolve-theme';
export { parseColor, relativeLuminance, contrastRatio, onColorFor, ensureContrast, type RGB } from './contrast';
export { paletteFor } from './palette';
export { toHex } from './rgb';
