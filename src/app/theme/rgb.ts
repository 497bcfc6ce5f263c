/** An sRGB colour: channels 0–255, alpha 0–1. */
export type RGB = { r: number; g: number; b: number; a: number };

export function rgb(r: number, g: number, b: number, a = 1): RGB {
  return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a: clamp(a, 0, 1) };
}

export function toHex(color: RGB): string {
  const channels = [color.r, color.g, color.b].map((value) => Math.round(value).toString(16).padStart(2, '0'));
  return `#${channels.join('')}`;
}

/** What a translucent colour looks like painted over an opaque background. */
export function flatten(color: RGB, background: RGB): RGB {
  const mix = (top: number, bottom: number) => top * color.a + bottom * (1 - color.a);
  return rgb(mix(color.r, background.r), mix(color.g, background.g), mix(color.b, background.b));
}

/** Moves `color` towards `target` by `amount` (0 = unchanged, 1 = target). */
export function mixTowards(color: RGB, target: RGB, amount: number): RGB {
  const mix = (from: number, to: number) => from + (to - from) * amount;
  return rgb(mix(color.r, target.r), mix(color.g, target.g), mix(color.b, target.b), color.a);
}

export function roundChannels(color: RGB): RGB {
  return rgb(Math.round(color.r), Math.round(color.g), Math.round(color.b), color.a);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export const black = rgb(0, 0, 0);
export const white = rgb(255, 255, 255);
