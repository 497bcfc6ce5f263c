import { describe, expect, it } from 'vitest';
import { allEnglish as en } from '../all-english';
import type { MessageKey } from '../en';
import { placeholdersOf } from '../interpolate';
import type { Messages } from '../catalogue';
import { supportedLanguages } from '../language';
import ar from './ar';
import de from './de';
import es from './es';
import fr from './fr';
import it_ from './it';
import ja from './ja';
import nl from './nl';
import pt from './pt';
import zh from './zh';

const translations: Record<Exclude<(typeof supportedLanguages)[number], 'en'>, Messages> = {
  ar,
  de,
  es,
  fr,
  it: it_,
  ja,
  nl,
  pt,
  zh,
};

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

const englishKeys = Object.keys(en).filter(isMessageKey);

describe.each(Object.entries(translations))('%s', (_code, messages) => {
  it('translates every English key', () => {
    const missing = englishKeys.filter((key) => !messages[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('has no key English does not have', () => {
    expect(Object.keys(messages).filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('keeps the placeholders of each English message', () => {
    const mismatched = englishKeys.filter((key) => {
      const text = messages[key];
      return text !== undefined && placeholdersOf(text).join() !== placeholdersOf(en[key]).join();
    });
    expect(mismatched).toEqual([]);
  });
});
