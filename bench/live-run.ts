import type { Frame, Page } from '@playwright/test';
import type { BenchBrowser } from './browser';
import { tapWidgetFrame, type FrameTap } from './cdp/frame-tap';
import type { BenchHostOptions, BenchMark, MarkName } from './page-globals';
import { probeScript } from './probe-script';
import type { BenchStack } from './stack';

export type Target = 'widget' | 'floor';

export interface RunSetup {
  bench: BenchBrowser;
  stack: BenchStack;
  target: Target;
  /** 1: as fast as this machine; 4: Chromium's 4× CPU slowdown, host page and widget alike. */
  cpuRate: number;
  listNames: string[];
}

/** One cold run: a fresh browser context (empty cache), the host page loaded, the widget not yet. */
export interface LiveRun {
  page: Page;
  cpuRate: number;
  tap: FrameTap;
  /** The SDK options that open this run's target (widget or floor). */
  hostOptions: (sessionToken?: string) => BenchHostOptions;
  /** The widget's frame; call after its `ready`. */
  frame: () => Frame;
  whenMarked: (name: MarkName) => Promise<BenchMark>;
  close: () => Promise<void>;
}

// The form counts as shown once a field other than the list's search box is visible.
const formSelector = 'form input:not([type="search"]):not([type="hidden"])';
const markTimeoutMs = 20_000;

export async function startRun({ bench, stack, target, cpuRate, listNames }: RunSetup): Promise<LiveRun> {
  const frameOrigins = [new URL(stack.widgetUrl).origin, new URL(stack.floorUrl).origin];
  const context = await bench.browser.newContext();
  await context.addInitScript({ content: probeScript({ hostOrigin: new URL(stack.hostUrl).origin, frameOrigins, listNames, formSelector }) });
  const page = await context.newPage();
  await page.goto(`${stack.hostUrl}/pages/host.html`);
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  if (cpuRate > 1) await pageSession.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const tap = await tapWidgetFrame({ raw: bench.raw, pageTargetId: targetInfo.targetId, cpuRate });
  const baseURL = target === 'widget' ? stack.widgetUrl : stack.floorUrl;
  const frame = () => widgetFrame(page);
  return {
    page,
    cpuRate,
    tap,
    hostOptions: (sessionToken) => ({ baseURL, apiURL: stack.apiUrl, ...(sessionToken ? { sessionToken } : {}) }),
    frame,
    whenMarked: (name) => withTimeout(frame().evaluate((mark) => window.__benchProbe.whenMarked(mark), name), `${target} ${name}`),
    close: async () => {
      tap.close();
      await context.close();
    },
  };
}

function widgetFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('The widget frame is not there');
  return frame;
}

/** Rejects after a while, so a widget that never shows the list fails one run, not the benchmark. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = markTimeoutMs): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
