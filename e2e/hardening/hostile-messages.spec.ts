import type { Frame, Page } from '@playwright/test';
import { parseHostMessage } from '../../src/protocol/messages';
import { eventTypes, expect, test, widget } from './support/fixtures';
import { foreignToken, forgedToken, watchForeignToken } from './support/foreign-token';
import { fuzzedMessagesJson } from './support/fuzz';
import { addThirdSiteFrame } from './support/third-site-frame';

// Floods and fuzzed messages, from the host page itself and from a third site.

/** The own property names of `Object.prototype` in a frame: any addition is pollution. */
const prototypeKeys = (frame: Page | Frame) => frame.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort());

test('10,000 messages in a burst while the user types: the widget keeps up and ignores them all', async ({ page, gotoHost, createSession, stack }) => {
  const foreignRequests = watchForeignToken(page);
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  const token = await createSession();
  await page.evaluate((t) => window.pb.ui?.setSessionToken(t), token);
  const search = widget(page).getByRole('searchbox');
  await expect(search).toBeVisible();
  const third = await addThirdSiteFrame(page, stack.thirdUrl);

  const startedAt = Date.now();
  await search.click();
  const typing = search.pressSequentially('demo api', { delay: 40 });
  const [hostBurstMs, thirdBurstMs] = await Promise.all([
    // The host itself: junk, and its own token again and again (a host bug calling setSessionToken in a loop).
    page.evaluate((t) => {
      const started = performance.now();
      const target = window.pb.ui?.iframe?.contentWindow;
      const junk: unknown[] = [null, 1, 'x', {}, { type: 'nope' }, { type: 'session_token', sessionToken: t }];
      for (let i = 0; i < 10_000; i += 1) target?.postMessage(junk[i % junk.length], '*');
      return performance.now() - started;
    }, token),
    // A third site: forged tokens at every frame of the page.
    third.evaluate((forged) => {
      const started = performance.now();
      const others = Array.from({ length: parent.frames.length }, (_, i) => parent.frames[i]).filter((frame) => frame !== window);
      for (let i = 0; i < 10_000; i += 1) others[i % others.length].postMessage(forged, '*');
      return performance.now() - started;
    }, forgedToken),
  ]);
  await typing;
  await expect(search).toHaveValue('demo api');
  const typedMs = Date.now() - startedAt;

  const keyStartedAt = Date.now();
  await search.press('Backspace');
  await expect(search).toHaveValue('demo ap');
  const keyMs = Date.now() - keyStartedAt;
  console.log(`flood: host posted 10,000 in ${hostBurstMs.toFixed(0)} ms, third site 10,000 in ${thirdBurstMs.toFixed(0)} ms; 8 keys typed in ${typedMs} ms; one key after the flood ${keyMs} ms`);

  expect(await eventTypes(page)).toEqual(['ready']);
  expect(foreignRequests).toEqual([]);
  expect(await third.evaluate(() => window.received)).toEqual([]);
});

test('1,000 fuzzed messages, prototype-pollution keys included, change nothing on either side', async ({ page, gotoHost, createSession, stack }) => {
  const fuzz = fuzzedMessagesJson(1_000, { foreignToken });
  expect((JSON.parse(fuzz) as unknown[]).filter((message) => parseHostMessage(message) !== null)).toEqual([]);
  const foreignRequests = watchForeignToken(page);
  await gotoHost(page);
  await page.evaluate(() => window.pb.open());
  await expect.poll(() => eventTypes(page)).toEqual(['ready']);
  const widgetFrame = page.frames().find((frame) => frame.url().startsWith(stack.uiUrl));
  if (!widgetFrame) throw new Error('no widget frame');
  const third = await addThirdSiteFrame(page, stack.thirdUrl);
  const [hostPrototype, widgetPrototype] = [await prototypeKeys(page), await prototypeKeys(widgetFrame)];

  // From the host (the widget's parent, before any token pinned its origin), and from the third
  // site to the widget and to the host page.
  await page.evaluate((text) => {
    for (const message of JSON.parse(text) as unknown[]) window.pb.ui?.iframe?.contentWindow?.postMessage(message, '*');
  }, fuzz);
  await third.evaluate((text) => {
    const others = Array.from({ length: parent.frames.length }, (_, i) => parent.frames[i]).filter((frame) => frame !== window);
    for (const message of JSON.parse(text) as unknown[]) {
      for (const frame of others) frame.postMessage(message, '*');
      parent.postMessage(message, '*');
    }
  }, fuzz);
  await page.waitForTimeout(500);

  await expect(widget(page).getByRole('status')).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready']);
  expect(await prototypeKeys(page)).toEqual(hostPrototype);
  expect(await prototypeKeys(widgetFrame)).toEqual(widgetPrototype);
  expect(await widgetFrame.evaluate(() => Object.hasOwn(Object.prototype, 'polluted') || 'polluted' in {})).toBe(false);

  // Still whole: the real token loads the list, and nothing went anywhere it should not.
  await page.evaluate(async (t) => window.pb.ui?.setSessionToken(t), await createSession());
  await expect(widget(page).getByRole('searchbox')).toBeVisible();
  expect(await eventTypes(page)).toEqual(['ready']);
  expect(foreignRequests).toEqual([]);
  expect(await third.evaluate(() => window.received)).toEqual([]);
});
