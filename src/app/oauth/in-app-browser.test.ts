import { describe, expect, it } from 'vitest';
import { isAndroid, isInAppBrowser } from './in-app-browser';

const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const pixel = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const pixelWebView = 'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.0.0 Mobile Safari/537.36';

describe('isInAppBrowser', () => {
  it.each([
    ['Instagram on iOS', `${iphone} Instagram 330.0.2.26.94 (iPhone15,2; iOS 17_0; en_US; en; scale=3.00; 1179x2556; 596463284)`],
    ['Instagram on Android', `${pixelWebView} Instagram 330.0.0.40.92 Android (34/14; 420dpi; 1080x2400; Google; Pixel 8)`],
    ['Facebook on iOS', `${iphone} [FBAN/FBIOS;FBAV/450.0.0.38.108;FBBV/123;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.0;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]`],
    ['Facebook on Android', `${pixelWebView} [FB_IAB/FB4A;FBAV/450.0.0.38.108;]`],
    ['Messenger on iOS', `${iphone} LightSpeed [FBAN/MessengerLiteForiOS;FBAV/450.0;FBBV/1;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.0]`],
    ['LinkedIn on iOS', `${iphone} [LinkedInApp]/9.29.1`],
    ['TikTok on iOS', `${iphone} musical_ly_33.5.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US`],
    ['TikTok on Android', `${pixelWebView} trill_330004 BytedanceWebview/d8a21c6`],
    ['Snapchat on iOS', `${iphone} Snapchat/12.80.0.30 (iPhone15,2; iOS 17.0; gzip)`],
    ['Twitter/X on Android', `${pixelWebView} TwitterAndroid`],
    ['Line on iOS', `${iphone} Safari Line/13.20.0`],
    ['WeChat on iOS', `${iphone} MicroMessenger/8.0.44(0x18002c2d) NetType/WIFI Language/en`],
    ['Pinterest on iOS', `${iphone} [Pinterest/iOS]`],
    ['KakaoTalk on Android', `${pixelWebView} KAKAOTALK 10.4.5`],
    ['an Android WebView of any app', pixelWebView],
    ['an iOS WKWebView of any app (no Safari token)', iphone],
  ])('recognises %s', (_name, agent) => {
    expect(isInAppBrowser(agent)).toBe(true);
  });

  it.each([
    ['Safari on iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'],
    ['Chrome on iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1'],
    ['Firefox on iOS', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15'],
    ['Chrome on Android', pixel],
    ['Safari on macOS', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15'],
    ['Chrome on Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'],
    ['Firefox on Linux', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'],
  ])('leaves %s alone', (_name, agent) => {
    expect(isInAppBrowser(agent)).toBe(false);
  });
});

describe('isAndroid', () => {
  it('tells Android from iOS and desktops', () => {
    expect(isAndroid(pixelWebView)).toBe(true);
    expect(isAndroid(iphone)).toBe(false);
    expect(isAndroid('Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0')).toBe(false);
  });
});
