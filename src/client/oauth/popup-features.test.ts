import { describe, expect, it } from 'vitest';
import { popupFeatures } from './popup';
import { defaultPopupSize, popupSizeFor } from './popup';

const metrics = { screenX: 100, screenY: 50, outerWidth: 1200, outerHeight: 800, availWidth: 1920, availHeight: 1080 };
const feature = (features: string, name: string) => features.split(',').find((part) => part.startsWith(`${name}=`))?.split('=')[1];

describe('popupFeatures', () => {
  it('centres the window on the browser window, not on the screen', () => {
    const features = popupFeatures({ width: 500, height: 600 }, metrics);
    expect(feature(features, 'left')).toBe('450'); // 100 + (1200 - 500) / 2
    expect(feature(features, 'top')).toBe('150'); // 50 + (800 - 600) / 2
    expect(feature(features, 'width')).toBe('500');
    expect(feature(features, 'height')).toBe('600');
  });

  it('keeps a browser window on a monitor left of the primary one (negative offsets)', () => {
    const features = popupFeatures({ width: 500, height: 600 }, { ...metrics, screenX: -1600 });
    expect(feature(features, 'left')).toBe('-1250');
  });

  it('never asks for more than the screen has', () => {
    const features = popupFeatures({ width: 900, height: 700 }, { ...metrics, availWidth: 400, availHeight: 640 });
    expect(feature(features, 'width')).toBe('400');
    expect(feature(features, 'height')).toBe('640');
  });

  it('asks for a popup window (scrollable, resizable, no toolbars) and keeps the opener', () => {
    const features = popupFeatures(defaultPopupSize, metrics);
    expect(features).toContain('scrollbars=yes');
    expect(features).toContain('resizable=yes');
    expect(features).not.toContain('noopener');
  });
});

describe('popupSizeFor', () => {
  it('uses the host’s size first', () => {
    expect(popupSizeFor('salesforce', { width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
  });

  it('uses a provider’s known size, then the default', () => {
    expect(popupSizeFor('salesforce', null)).toEqual({ width: 800, height: 700 });
    expect(popupSizeFor('test-oauth2', null)).toEqual(defaultPopupSize);
    expect(popupSizeFor('constructor', null)).toEqual(defaultPopupSize);
  });
});
