import { describe, expect, it } from 'vitest';
import { interpolate, placeholdersOf } from './interpolate';

describe('interpolate', () => {
  it('replaces every placeholder with its value', () => {
    expect(interpolate('Connect {name} ({name}) in {count} steps', { name: 'GitHub', count: 2 })).toBe(
      'Connect GitHub (GitHub) in 2 steps',
    );
  });

  it('inserts values as plain text, not as further templates', () => {
    expect(interpolate('Hi {a}', { a: '{b}<b>', b: 'x' })).toBe('Hi {b}<b>');
  });

  it('keeps a placeholder that has no value visible', () => {
    expect(interpolate('Connect {name}', {})).toBe('Connect {name}');
    expect(interpolate('Connect {toString}', {})).toBe('Connect {toString}');
  });

  it('isolates each value for right-to-left text when asked', () => {
    expect(interpolate('ربط {name}', { name: 'C++ (beta)' }, { isolate: true })).toBe('ربط \u2068C++ (beta)\u2069');
    expect(interpolate('{missing}', {}, { isolate: true })).toBe('{missing}');
  });

  it('returns the template when there are no params', () => {
    expect(interpolate('Close')).toBe('Close');
  });
});

describe('placeholdersOf', () => {
  it('lists each placeholder once, sorted', () => {
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(placeholdersOf('none')).toEqual([]);
  });
});
