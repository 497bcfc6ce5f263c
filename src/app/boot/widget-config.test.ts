import { describe, expect, it } from 'vitest';
import { parseWidgetConfig } from './widget-config';

describe('parseWidgetConfig', () => {
  it('reads Nango’s parameters and ours', () => {
    const config = parseWidgetConfig(
      '?apiURL=https%3A%2F%2Fapi.example.com%2Fprefix&detectClosedAuthWindow=true&lang=pt-BR&theme=dark&primary=%23ff0066&oauthMode=redirect&popupSize=600x700&resume=true',
      false,
    );
    expect(config).toMatchObject({
      apiURL: 'https://api.example.com/prefix',
      detectClosedAuthWindow: true,
      lang: 'pt-BR',
      theme: 'dark',
      primary: '#ff0066',
      oauthMode: 'redirect',
      popupSize: { width: 600, height: 700 },
      resume: true,
      isTopLevel: false,
    });
  });

  it('defaults: Nango’s API, closed-window detection on, popup mode', () => {
    expect(parseWidgetConfig('', false)).toMatchObject({
      apiURL: '',
      detectClosedAuthWindow: true,
      lang: null,
      theme: null,
      oauthMode: 'popup',
      popupSize: null,
      sessionToken: null,
      isEmbedded: false,
      isPreview: false,
    });
  });

  it('turns closed-window detection off only for an explicit false', () => {
    expect(parseWidgetConfig('?detectClosedAuthWindow=false', false).detectClosedAuthWindow).toBe(false);
    expect(parseWidgetConfig('?detectClosedAuthWindow=0', false).detectClosedAuthWindow).toBe(true);
  });

  it('drops invalid values instead of failing', () => {
    const config = parseWidgetConfig('?theme=neon&lang=%3Cscript%3E&oauthMode=x&popupSize=huge', false);
    expect(config).toMatchObject({ theme: null, lang: null, oauthMode: 'popup', popupSize: null });
  });

  it('takes session_token from the URL only as a top-level connect link or a preview', () => {
    expect(parseWidgetConfig('?session_token=abc', true).sessionToken).toBe('abc');
    expect(parseWidgetConfig('?session_token=abc', false).sessionToken).toBeNull();
    expect(parseWidgetConfig('?session_token=abc&preview=true&embedded=true', false)).toMatchObject({
      sessionToken: 'abc',
      isPreview: true,
      isEmbedded: true,
    });
  });

  it('inline only when framed; a close button inline only when asked; a modal always may close', () => {
    const pick = (search: string, isTopLevel = false) => {
      const { isInline, canClose } = parseWidgetConfig(search, isTopLevel);
      return { isInline, canClose };
    };
    expect(pick('')).toEqual({ isInline: false, canClose: true });
    expect(pick('?inline=true')).toEqual({ isInline: true, canClose: false });
    expect(pick('?inline=true&close=true')).toEqual({ isInline: true, canClose: true });
    expect(pick('?inline=yes&close=true')).toEqual({ isInline: false, canClose: true });
    expect(pick('?inline=true&close=true', true)).toEqual({ isInline: false, canClose: false }); // a connect link
    expect(pick('?inline=true&close=true&preview=true')).toEqual({ isInline: true, canClose: false });
  });

  it('hides the Secured-by line only for an explicit poweredBy=false', () => {
    expect(parseWidgetConfig('?poweredBy=false', false).poweredBy).toBe(false);
    expect(parseWidgetConfig('?poweredBy=0', false).poweredBy).toBe(true);
    expect(parseWidgetConfig('', false).poweredBy).toBe(true);
  });
});
