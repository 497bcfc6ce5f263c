import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Logo } from './Logo';

afterEach(cleanup);

describe('Logo', () => {
  it.each([
    ['GitHub (User OAuth)', 'G'],
    ['(Beta) Acme', 'B'],
    ['  «Zoho»', 'Z'],
    ['…', '?'],
  ])('without an image shows the first letter of a word of %s: %s', (name, letter) => {
    const { container } = render(<Logo url={undefined} name={name} />);
    expect(container.textContent).toBe(letter);
  });
});
