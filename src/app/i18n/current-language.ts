import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { en } from './en';
import type { Messages } from './catalogue';
import { defaultLanguage, directionOf, type LanguageCode } from './languages';

// Written only by setupLanguage; everything else reads the read-only views below.
export const currentLanguage = signal<LanguageCode>(defaultLanguage);
export const currentMessages = signal<Messages>(en);

export const language: ReadonlySignal<string> = currentLanguage;
export const direction: ReadonlySignal<'ltr' | 'rtl'> = computed(() => directionOf(currentLanguage.value));
