import { createHash } from 'node:crypto';

/**
 * A simple generated logo: a coloured rounded square with the provider's initials. The built-in
 * test providers have no brand, and providers loaded from a providers.yaml get the same fallback.
 */
export function renderProviderLogo(name: string, displayName: string): string {
  const hue = createHash('sha256').update(name).digest()[0] ?? 0;
  const initials = initialsOf(displayName.replace(/^Test\s+/, ''));
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img">',
    `<title>${escapeXml(displayName)}</title>`,
    `<rect width="64" height="64" rx="14" fill="hsl(${Math.round((hue / 255) * 360)} 62% 42%)"/>`,
    '<text x="32" y="41" text-anchor="middle" font-family="system-ui, sans-serif" font-size="24" font-weight="700" fill="#fff">',
    escapeXml(initials),
    '</text></svg>',
  ].join('');
}

/** From words only: brackets and other punctuation never become a letter ("GitHub (User OAuth)" → GU). */
function initialsOf(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 2).map((word) => word[0]?.toUpperCase() ?? '').join('') || '?';
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
