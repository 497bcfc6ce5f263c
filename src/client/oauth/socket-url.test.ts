import { describe, expect, it } from 'vitest';
import { socketUrl } from './socket';

describe('socketUrl', () => {
  it('turns http into ws and https into wss, at the root by default', () => {
    expect(socketUrl('http://127.0.0.1:3003', undefined)).toBe('ws://127.0.0.1:3003/');
    expect(socketUrl('https://api.example.com/', undefined)).toBe('wss://api.example.com/');
  });

  it('keeps the path prefix of apiURL, as Nango’s Connect UI does', () => {
    expect(socketUrl('https://x.example/nango', undefined)).toBe('wss://x.example/nango/');
    expect(socketUrl('https://x.example/nango/', '/')).toBe('wss://x.example/nango/');
  });

  it('appends the session’s websocketsPath after the prefix', () => {
    expect(socketUrl('https://x.example/nango', '/ws')).toBe('wss://x.example/nango/ws');
    expect(socketUrl('https://api.example.com', '/ws')).toBe('wss://api.example.com/ws');
    expect(socketUrl('https://api.example.com', 'ws')).toBe('wss://api.example.com/ws');
  });

  it('drops the query and hash of apiURL', () => {
    expect(socketUrl('https://api.example.com/p?x=1#y', '')).toBe('wss://api.example.com/p/');
  });
});
