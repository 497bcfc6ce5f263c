import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Logo } from './Logo';

afterEach(cleanup);

describe('Logo without an image', () => {
  it.each([
    ['GitHub (User OAuth)', 'G'],
    ['1Password', '1'],
    ['(Beta) Acme', 'B'],
    ['  «Zoho»', 'Z'],
    ['🚀 Rocket', 'R'],
    ['яндекс', 'Я'],
    ['日本語サービス', '日'],
    ['…', '?'],
  ])('shows the first letter or digit of a word of %s: %s', (name, letter) => {
    const { container } = render(<Logo url={undefined} name={name} />);
    expect(container.textContent).toBe(letter);
  });
});
