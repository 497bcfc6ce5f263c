import { signal, type ReadonlySignal } from '@preact/signals-core';

export type ResolvedTheme = 'light' | 'dark';

// Written only by applyTheme; the app reads the read-only views.
export const currentTheme = signal<ResolvedTheme>('light');
export const currentShowWatermark = signal(true);

/** The theme in effect after resolving `system`. */
export const resolvedTheme: ReadonlySignal<ResolvedTheme> = currentTheme;
/** The session's `connectUISettings.showWatermark`; true until a session says otherwise. */
export const showWatermark: ReadonlySignal<boolean> = currentShowWatermark;
