import { describe, expect, it } from 'vitest';
import { handoffLink, openInBrowser } from './handoff-link';

const token = `nango_connect_session_${'ab'.repeat(32)}`;

describe('handoffLink', () => {
  it('is this widget’s address with the session token and the API, nothing of the host’s query', () => {
    const framed = 'https://connect.acme.example/widget/?apiURL=https%3A%2F%2Fapi.acme.example&lang=fr&oauthMode=popup#x';
    const link = new URL(handoffLink(framed, token, 'https://api.acme.example/nango'));
    expect(link.origin + link.pathname).toBe('https://connect.acme.example/widget/');
    expect([...link.searchParams]).toEqual([['session_token', token], ['apiURL', 'https://api.acme.example/nango']]);
    expect(link.hash).toBe('');
  });

  it('leaves the API out when the widget was given none (its deployment names it)', () => {
    expect(handoffLink('http://127.0.0.1:3009/', token, '')).toBe(`http://127.0.0.1:3009/?session_token=${token}`);
  });
});

describe('openInBrowser', () => {
  const link = `https://connect.acme.example/widget/?session_token=${token}`;

  it('hands the link to Chrome on Android', () => {
    const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0 Mobile Safari/537.36 Instagram 330.0';
    expect(openInBrowser(link, android)).toEqual({
      kind: 'intent',
      href: `intent://connect.acme.example/widget/?session_token=${token}#Intent;scheme=https;package=com.android.chrome;end`,
    });
  });

  it('asks to copy the link elsewhere (iOS has no way to open another browser)', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0';
    expect(openInBrowser(link, iphone)).toEqual({ kind: 'copy' });
  });
});
