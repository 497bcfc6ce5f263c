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
});
