import { describe, expect, it } from 'vitest';
import { acceptLanguageFor } from './accept-language';

describe('acceptLanguageFor', () => {
  it('asks for the language first and English as the fallback', () => {
    expect(acceptLanguageFor('fr')).toBe('fr, en;q=0.5');
  });

  it('asks for English alone when English is in use', () => {
    expect(acceptLanguageFor('en')).toBe('en');
  });
});
