import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-stringify';

describe('stableStringify', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: undefined, x: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"x":2,"z":1}]},"b":1}');
  });

  it('gives the same string whatever the insertion order', () => {
    expect(stableStringify({ one: 1, two: 2 })).toBe(stableStringify({ two: 2, one: 1 }));
  });
});
