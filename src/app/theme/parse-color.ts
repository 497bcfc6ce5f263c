import { rgb, type RGB } from './rgb';

// A short list on purpose: a host's primary is nearly always hex or rgb(); a full CSS colour
// parser would cost the first screen bytes for names nobody uses as a brand colour.
const named: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  navy: '#000080',
  teal: '#008080',
  purple: '#800080',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  rebeccapurple: '#663399',
};

/**
 * Parses a CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`, `hsl()`/`hsla()`
 * (comma or space syntax) and a handful of names. Anything else is `null`.
 */
export function parseColor(css: string): RGB | null {
  const value = css.trim().toLowerCase();
  const fromName = named[value];
  if (fromName) return parseHex(fromName);
  if (value.startsWith('#')) return parseHex(value);
  const fn = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(value);
  if (!fn?.[1] || fn[2] === undefined) return null;
  const args = splitArguments(fn[2]);
  if (!args) return null;
  return fn[1].startsWith('rgb') ? fromRgbArguments(args) : fromHslArguments(args);
}

function parseHex(value: string): RGB | null {
  const digits = value.slice(1);
  if (!/^[0-9a-f]+$/.test(digits)) return null;
  const expanded = digits.length <= 4 ? [...digits].map((digit) => digit + digit).join('') : digits;
  if (expanded.length !== 6 && expanded.length !== 8) return null;
  const byte = (index: number) => parseInt(expanded.slice(index, index + 2), 16);
  const alpha = expanded.length === 8 ? byte(6) / 255 : 1;
  return rgb(byte(0), byte(2), byte(4), alpha);
}

type Arguments = { channels: [string, string, string]; alpha: string | undefined };

// Accepts both `1, 2, 3, 0.5` and `1 2 3 / 0.5`.
function splitArguments(inner: string): Arguments | null {
  const [main = '', slashAlpha, extra] = inner.split('/').map((part) => part.trim());
  if (extra !== undefined) return null;
  const parts = main.split(/[\s,]+/).filter(Boolean);
  const [first, second, third, commaAlpha] = parts;
  if (!first || !second || !third || parts.length > 4) return null;
  if (commaAlpha !== undefined && slashAlpha !== undefined) return null;
  return { channels: [first, second, third], alpha: slashAlpha ?? commaAlpha };
}

function fromRgbArguments({ channels, alpha }: Arguments): RGB | null {
  const [r, g, b] = channels.map((channel) => parseNumberOrPercent(channel, 255));
  const a = parseAlpha(alpha);
  if (r === undefined || g === undefined || b === undefined || a === undefined) return null;
  return rgb(r, g, b, a);
}

function fromHslArguments({ channels, alpha }: Arguments): RGB | null {
  const hue = parseHue(channels[0]);
  const saturation = parsePercent(channels[1]);
  const lightness = parsePercent(channels[2]);
  const a = parseAlpha(alpha);
  if (hue === undefined || saturation === undefined || lightness === undefined || a === undefined) return null;
  const [r, g, b] = hslToRgb(hue, saturation, lightness);
  return rgb(r, g, b, a);
}

// The CSS Color 4 algorithm (https://www.w3.org/TR/css-color-4/#hsl-to-rgb).
function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const s = Math.min(1, Math.max(0, saturation));
  const l = Math.min(1, Math.max(0, lightness));
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const amplitude = s * Math.min(l, 1 - l);
    return 255 * (l - amplitude * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [channel(0), channel(8), channel(4)];
}

function parseNumberOrPercent(text: string, scale: number): number | undefined {
  if (text.endsWith('%')) {
    const percent = parsePercent(text);
    return percent === undefined ? undefined : percent * scale;
  }
  return parseNumber(text);
}

function parsePercent(text: string): number | undefined {
  if (!text.endsWith('%')) return undefined;
  const number = parseNumber(text.slice(0, -1));
  return number === undefined ? undefined : number / 100;
}

function parseAlpha(text: string | undefined): number | undefined {
  if (text === undefined) return 1;
  return parseNumberOrPercent(text, 1);
}

function parseHue(text: string): number | undefined {
  const turns = text.endsWith('turn') ? parseNumber(text.slice(0, -4)) : undefined;
  if (turns !== undefined) return normaliseHue(turns * 360);
  const degrees = parseNumber(text.endsWith('deg') ? text.slice(0, -3) : text);
  return degrees === undefined ? undefined : normaliseHue(degrees);
}

function normaliseHue(degrees: number): number {
  return ((degrees % 360) + 360) % 360;
}

function parseNumber(text: string): number | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}
