import type { LoggedRequest } from './cdp/network-log';
import { withTimeout, type LiveRun } from './live-run';
import { blockingUntil, type Metrics } from './metrics';
import { measureOAuthClick } from './oauth-click';

export interface ScenarioResult {
  metrics: Metrics;
  /** URLs the frame requested before the list (or form). */
  urlsBeforeList: string[];
  /** The same requests, with their method and the kind DevTools gives them (`Script`, `Fetch`, …). */
  requestsBeforeList?: Array<Pick<LoggedRequest, 'method' | 'type' | 'url'>>;
  /** Scale runs: each search key's latency, ms. */
  keyLatencies?: number[];
  /** Why a part of the run could not be measured. */
  notes: string[];
}

const settleMs = 300;

const whenReady = (run: LiveRun) => withTimeout(run.page.evaluate(() => window.__benchHost.whenEvent('ready')), 'ready');

/**
 * The cold path with the token given to `openConnectUI` (the SDK posts it on `ready`): paints,
 * `ready`, the list, what it cost to get there, then the OAuth click on `oauthName`.
 */
export async function measureList(run: LiveRun, token: string, oauthName: string): Promise<ScenarioResult> {
  const openedAt = await run.page.evaluate((options) => window.__benchHost.open(options), run.hostOptions(token));
  const ready = await whenReady(run);
  const list = await run.whenMarked('list');
  const seen = await run.frame().evaluate(() => ({ loader: window.__benchProbe.marks.loader ?? null, longTasks: window.__benchProbe.longTasks }));
  const before = run.tap.requests.filter((request) => request.sentAt <= list.epoch);
  const metrics: Metrics = {
    openToReady: ready.at - openedAt,
    tokenToList: list.epoch - ready.at,
    openToList: list.epoch - openedAt,
    ...(seen.loader ? { openToLoader: seen.loader.epoch - openedAt } : {}),
    ...networkMetrics(before, ready.at, list.epoch),
    ...blockingUntil(seen.longTasks, list.frame),
    heapBytes: await run.tap.heapUsedAfterGc(),
  };
  const notes: string[] = [];
  await measureOAuthClick(run, oauthName).then(
    (ms) => (metrics.clickToPopup = ms),
    (error: unknown) => notes.push(`OAuth click: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`),
  );
  const requestsBeforeList = before.map(({ method, type, url }) => ({ method, type, url }));
  return { metrics, urlsBeforeList: before.map((request) => request.url), requestsBeforeList, notes };
}

/** What the frame asked of the network before the list, and where the data round trip sat. */
function networkMetrics(before: LoggedRequest[], tokenAt: number, listAt: number): Metrics {
  const [session, integrations] = ['/connect/session', '/integrations'].map((path) =>
    before.find((request) => request.method === 'GET' && new URL(request.url).pathname.endsWith(path)),
  );
  const dataAt = Math.max(session?.finishedAt ?? NaN, integrations?.finishedAt ?? NaN);
  return {
    requests: before.length,
    preflights: before.filter((request) => request.method === 'OPTIONS').length,
    ...(session ? { tokenToFetch: session.sentAt - tokenAt } : {}),
    ...(Number.isFinite(dataAt) ? { dataToList: listAt - dataAt } : {}),
  };
}

/** A session allowed one integration: the widget goes straight to its form (the floor prints its name). */
export async function measureForm(run: LiveRun, token: string, isFloor: boolean): Promise<ScenarioResult> {
  await run.page.evaluate((options) => window.__benchHost.open(options), run.hostOptions(token));
  const ready = await whenReady(run);
  const form = await run.whenMarked(isFloor ? 'list' : 'form');
  return { metrics: { tokenToForm: form.epoch - ready.at }, urlsBeforeList: [], notes: [] };
}

/** `preload()` first (no token), then `open()` once the widget is ready and idle. */
export async function measurePreload(run: LiveRun): Promise<ScenarioResult> {
  await run.page.evaluate((options) => window.__benchHost.preload(options), run.hostOptions());
  await whenReady(run);
  await run.page.waitForTimeout(settleMs * run.cpuRate); // the widget finishes booting out of sight
  const frame = run.frame();
  await frame.evaluate(() => window.__benchProbe.countFrames());
  const openedAt = await run.page.evaluate(() => window.__benchHost.reveal());
  const painted = await withTimeout(frame.evaluate((after) => window.__benchProbe.whenFrameAfter(after), openedAt), 'paint after open()');
  await frame.evaluate(() => window.__benchProbe.stopCountingFrames());
  return { metrics: { preloadedOpenToPaint: painted - openedAt }, urlsBeforeList: [], notes: [] };
}

/**
 * A session allowing many integrations: open() and token → its first rows painted; then, if
 * `search` is given, that text typed into the search box key by key at a typist's pace.
 */
export async function measureScale(run: LiveRun, token: string, search: string | null): Promise<ScenarioResult> {
  const openedAt = await run.page.evaluate((options) => window.__benchHost.open(options), run.hostOptions(token));
  const ready = await whenReady(run);
  const list = await run.whenMarked('list');
  const metrics: Metrics = { openToList: list.epoch - openedAt, tokenToList: list.epoch - ready.at };
  if (search === null) return { metrics, urlsBeforeList: [], notes: [] };
  const frame = run.frame();
  await frame.locator('input[type="search"]').pressSequentially(search, { delay: typingDelayMs });
  await withTimeout(frame.waitForFunction((keys) => window.__benchProbe.keyLatencies.length >= keys, search.length), 'search keys painted');
  const keyLatencies = await frame.evaluate(() => window.__benchProbe.keyLatencies);
  const sorted = [...keyLatencies].sort((a, b) => a - b);
  return { metrics: { ...metrics, searchKey: sorted[Math.floor(sorted.length / 2)] ?? 0 }, urlsBeforeList: [], notes: [], keyLatencies };
}

// About 8 keys a second: each key's frame is done before the next key.
const typingDelayMs = 120;
