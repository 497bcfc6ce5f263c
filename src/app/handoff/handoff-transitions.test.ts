import { describe, expect, it } from 'vitest';
import type { Provider } from '../../contract/connect';
import type { Target } from '../machine/screen';
import { resumePoint } from '../machine/connect-transition';
import { offersHandoffAfterBlocks, screenBeforeHandoff, screenForHandoff, screenOnSubmit } from './handoff-transitions';

const targetOf = (auth_mode: string, extra: Partial<Provider> = {}): Target => ({
  integration: { unique_key: 'x', provider: 'x' },
  provider: { auth_mode, credentials: undefined, connection_config: undefined, assertion_option: undefined, integration_config: undefined, ...extra } as Provider,
});
const oauth = targetOf('OAUTH2');
const apiKey = targetOf('API_KEY');

describe('handoff transitions', () => {
  it('explains an OAuth submit in an app’s web view, and nothing else', () => {
    expect(screenOnSubmit(oauth, { isInAppBrowser: true, isPreview: false })).toEqual({ name: 'inAppBrowser', target: oauth });
    expect(screenOnSubmit(targetOf('OAUTH1'), { isInAppBrowser: true, isPreview: false })?.name).toBe('inAppBrowser');
    expect(screenOnSubmit(oauth, { isInAppBrowser: false, isPreview: false })).toBeNull();
    expect(screenOnSubmit(apiKey, { isInAppBrowser: true, isPreview: false })).toBeNull();
    expect(screenOnSubmit(targetOf('OAUTH2', { installation: 'outbound' }), { isInAppBrowser: true, isPreview: false })).toBeNull();
    expect(screenOnSubmit(oauth, { isInAppBrowser: true, isPreview: true })).toBeNull();
  });

  it('offers the handoff from an OAuth form, a sign-in in progress and the explanation, and goes back to the form', () => {
    for (const name of ['form', 'submitting', 'inAppBrowser'] as const) {
      expect(screenForHandoff({ name, target: oauth })).toEqual({ name: 'handoff', target: oauth });
    }
    expect(screenForHandoff({ name: 'oauth', target: oauth, phase: 'blocked' })).toEqual({ name: 'handoff', target: oauth });
    expect(screenForHandoff({ name: 'form', target: apiKey })).toBeNull();
    expect(screenForHandoff({ name: 'list' })).toBeNull();
    expect(screenBeforeHandoff({ name: 'handoff', target: oauth })).toEqual({ name: 'form', target: oauth });
    expect(screenBeforeHandoff({ name: 'inAppBrowser', target: oauth })).toEqual({ name: 'form', target: oauth });
    expect(screenBeforeHandoff({ name: 'list' })).toBeNull();
  });

  it('after an expired session and a new token, comes back to the form it was about', () => {
    expect(resumePoint({ name: 'handoff', target: oauth })).toEqual({ name: 'form', target: oauth });
    expect(resumePoint({ name: 'inAppBrowser', target: oauth })).toEqual({ name: 'form', target: oauth });
  });

  it('offers it on the waiting screen once the popup was blocked twice', () => {
    expect([0, 1, 2, 3].map(offersHandoffAfterBlocks)).toEqual([false, false, true, true]);
  });
});
