import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { chooseVersion, encodeQr, penaltyScore, qrPath, type QrCode } from './qr-code';

/** Draws the code as a scanner would see it: 4 pixels a module, a 4-module light quiet zone. */
function decode(code: QrCode): string | null {
  const scale = 4;
  const quiet = 4;
  const width = (code.size + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  code.modules.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (!isDark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * width + (x + quiet) * scale + dx) * 4;
          pixels.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return jsQR(pixels, width, width)?.data ?? null;
}

const link = (length: number) => {
  const base = 'https://connect.example.com/?session_token=nango_connect_session_';
  return (base + 'a1b2c3d4e5f6'.repeat(30)).slice(0, length);
};

describe('encodeQr', () => {
  it('draws connect links of every length up to 271 bytes that a scanner reads back', () => {
    const seen = new Set<string>();
    for (const length of [10, 14, 20, 26, 40, 42, 60, 62, 84, 100, 106, 122, 150, 152, 180, 200, 213, 240, 271]) {
      const text = link(length);
      const code = encodeQr(text);
      seen.add(`${code.version}${code.errorCorrection}`);
      expect([length, decode(code)]).toEqual([length, text]);
    }
    // Every version 1–10 at level M was exercised, and level L beyond.
    for (let version = 1; version <= 10; version++) expect(seen).toContain(`${version}M`);
    expect(seen).toContain('10L');
  });

  it('reads back a real-looking handoff link with an encoded API URL, and text beyond ASCII', () => {
    const token = `nango_connect_session_${'0123456789abcdef'.repeat(4)}`;
    const handoff = `http://127.0.0.1:3009/?session_token=${token}&apiURL=${encodeURIComponent('http://127.0.0.1:3003')}`;
    expect(decode(encodeQr(handoff))).toBe(handoff);
    expect(decode(encodeQr('Café — 東京'))).toBe('Café — 東京');
  });

  it('picks the smallest version at level M, a square of 4 × version + 17 modules', () => {
    expect(encodeQr('hello').size).toBe(21);
    expect(chooseVersion(14)).toEqual({ version: 1, errorCorrection: 'M' });
    expect(chooseVersion(15)).toEqual({ version: 2, errorCorrection: 'M' });
    expect(chooseVersion(213)).toEqual({ version: 10, errorCorrection: 'M' });
    expect(chooseVersion(214)).toEqual({ version: 9, errorCorrection: 'L' });
    expect(chooseVersion(271)).toEqual({ version: 10, errorCorrection: 'L' });
  });

  it('says so when the text is too long for version 10', () => {
    expect(() => encodeQr('x'.repeat(272))).toThrow(/at most 271 bytes/);
  });

  it('keeps the mask with the lowest penalty of the eight', () => {
    const text = link(120);
    const chosen = encodeQr(text);
    const all = Array.from({ length: 8 }, (_, mask) => encodeQr(text, { mask }));
    for (const other of all) expect(decode(other)).toBe(text); // each mask is a valid code
    const penalties = all.map((code) => penaltyScore(code.modules));
    expect(penaltyScore(chosen.modules)).toBe(Math.min(...penalties));
    expect(new Set(penalties).size).toBeGreaterThan(1); // the masks really differ
  });

  it('draws one path of unit squares, offset by the quiet zone', () => {
    const code = encodeQr('a');
    const path = qrPath(code, 4);
    const squares = path.match(/M\d+ \d+h1v1h-1z/g) ?? [];
    expect(squares.join('')).toBe(path);
    expect(squares).toHaveLength(code.modules.flat().filter(Boolean).length);
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true); // the top-left finder's corner
  });
});
