import { describe, expect, it } from 'vitest';
import type { ConnectUISettings } from '../../protocol';
import { choosePrimary, chooseTheme, resolveTheme } from './resolve-theme';

const settings: ConnectUISettings = {
  theme: { light: { primary: '#112233' }, dark: { primary: '#ddeeff' } },
  defaultTheme: 'dark',
  showWatermark: false,
};

describe('chooseTheme', () => {
  it('prefers the host option over the session default', () => {
    expect(chooseTheme({ theme: 'light', primary: null, settings })).toBe('light');
  });

  it('uses the session default without a host option', () => {
    expect(chooseTheme({ theme: null, primary: null, settings })).toBe('dark');
  });

  it('follows the system when nobody chose', () => {
    expect(chooseTheme({ theme: null, primary: null, settings: null })).toBe('system');
  });
});

describe('resolveTheme', () => {
  it('turns system into the operating system preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
});

describe('choosePrimary', () => {
  it('prefers the host colour in both themes', () => {
    expect(choosePrimary({ theme: null, primary: 'tomato', settings }, 'dark')).toBe('tomato');
  });

  it('takes the session colour of the theme in effect', () => {
    expect(choosePrimary({ theme: null, primary: null, settings }, 'light')).toBe('#112233');
    expect(choosePrimary({ theme: null, primary: null, settings }, 'dark')).toBe('#ddeeff');
  });

  it('keeps the default when neither gives one', () => {
    expect(choosePrimary({ theme: null, primary: null, settings: null }, 'light')).toBeNull();
    const blank = { ...settings, theme: { light: { primary: '' }, dark: { primary: '' } } };
    expect(choosePrimary({ theme: null, primary: null, settings: blank }, 'light')).toBeNull();
  });
});
