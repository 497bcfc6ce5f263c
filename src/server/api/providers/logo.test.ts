import { describe, expect, it } from 'vitest';
import { renderProviderLogo } from './logo';

const letters = (displayName: string) => /<text[^>]*>([^<]*)<\/text>/.exec(renderProviderLogo('p', displayName))?.[1];

describe('renderProviderLogo', () => {
  it.each([
    ['GitHub (User OAuth)', 'GU'],
    ['1Password', '1'],
    ['Test OAuth2', 'O'],
    ['Zoho CRM', 'ZC'],
    ['(((', '?'],
    ['Ünïcode «Test»', 'ÜT'],
  ])('takes the initials of %s from words only: %s', (name, expected) => {
    expect(letters(name)).toBe(expected);
  });
});
