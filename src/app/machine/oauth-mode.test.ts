import { describe, expect, it } from 'vitest';
import { isInAppBrowser } from '../oauth/in-app-browser';
import { chooseOAuthMode } from './oauth';

const base = { requested: 'popup', blockedCount: 0, isInAppBrowser: false, canRedirect: true } as const;

describe('chooseOAuthMode', () => {
  it('uses a popup by default and after one block', () => {
    expect(chooseOAuthMode(base)).toBe('popup');
    expect(chooseOAuthMode({ ...base, blockedCount: 1 })).toBe('popup');
  });

  it('redirects after two blocks, when the host asks, or in an app’s web view', () => {
    expect(chooseOAuthMode({ ...base, blockedCount: 2 })).toBe('redirect');
    expect(chooseOAuthMode({ ...base, requested: 'redirect' })).toBe('redirect');
    expect(chooseOAuthMode({ ...base, isInAppBrowser: true })).toBe('redirect');
  });

  it('stays with the popup when the API cannot bring the page back', () => {
    expect(chooseOAuthMode({ ...base, requested: 'redirect', blockedCount: 3, isInAppBrowser: true, canRedirect: false })).toBe('popup');
  });
});

describe('isInAppBrowser', () => {
  it('recognises common in-app browsers', () => {
    const agents = [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/440.0]',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 300.0',
      'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 Line/13.20.0',
      'Mozilla/5.0 (Linux; Android 13; Pixel 7; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36',
      'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40',
    ];
    for (const agent of agents) expect([agent, isInAppBrowser(agent)]).toEqual([agent, true]);
  });

  it('leaves real browsers alone', () => {
    const agents = [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
      'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
    ];
    for (const agent of agents) expect([agent, isInAppBrowser(agent)]).toEqual([agent, false]);
  });
});
