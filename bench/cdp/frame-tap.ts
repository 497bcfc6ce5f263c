import { logRequests, record, text, type LoggedRequest } from './network-log';
import type { RawCdp } from './raw-cdp';

// Chromium throttles the CPU per renderer process (`Emulation.setCPUThrottlingRate` acts on the
// process of the target it is sent to), and the widget is a cross-site iframe with a process of
// its own: throttling the host page leaves the widget at full speed (measured: a busy loop ran 4×
// slower in the host page and at full speed in the iframe). Attaching to the frame once Playwright
// reports it is too late: it is already running. So the tap auto-attaches to the host page's
// frames with `waitForDebuggerOnStart`, which holds each new frame before its first script until
// we resume it; the tap throttles it and starts its network log first.

export interface FrameTap {
  /** Every request the widget frame sent (its document included), in order. */
  requests: LoggedRequest[];
  /** The frame's JS heap in bytes after a full garbage collection. */
  heapUsedAfterGc: () => Promise<number>;
  close: () => void;
}

export interface FrameTapOptions {
  raw: RawCdp;
  /** The host page's target id. */
  pageTargetId: string;
  /** 1 for none, 4 for a 4× slower CPU. */
  cpuRate: number;
}

export async function tapWidgetFrame({ raw, pageTargetId, cpuRate }: FrameTapOptions): Promise<FrameTap> {
  const pageSession = text((await raw.send('Target.attachToTarget', { targetId: pageTargetId, flatten: true })).sessionId);
  let frameSession = '';

  const stopAttach = raw.on('Target.attachedToTarget', (params, sessionId) => {
    if (sessionId !== pageSession) return;
    const child = text(params.sessionId);
    // At attach time the frame's URL is still empty; the host page has one frame, the widget.
    const isWidget = record(params.targetInfo).type === 'iframe' && !frameSession;
    if (isWidget) frameSession = child;
    // A frame that is already gone needs nothing more.
    prepare(raw, child, isWidget ? cpuRate : null).catch(() => {});
  });
  // The frame's own document is requested before its process exists: the page's session has it.
  const log = logRequests(raw, (params, sessionId) =>
    (sessionId === frameSession && frameSession !== '') || (sessionId === pageSession && params.frameId !== pageTargetId),
  );
  await raw.send('Network.enable', {}, pageSession);
  await raw.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, pageSession);
  return {
    requests: log.requests,
    heapUsedAfterGc: async () => {
      await raw.send('HeapProfiler.collectGarbage', {}, frameSession);
      return Number((await raw.send('Runtime.getHeapUsage', {}, frameSession)).usedSize);
    },
    close: () => {
      stopAttach();
      log.stop();
    },
  };
}

/** Throttles and logs the widget frame held at its start (other targets just resume). */
async function prepare(raw: RawCdp, session: string, cpuRate: number | null): Promise<void> {
  if (cpuRate !== null) {
    await raw.send('Emulation.setCPUThrottlingRate', { rate: cpuRate }, session);
    await raw.send('Network.enable', {}, session);
  }
  await raw.send('Runtime.runIfWaitingForDebugger', {}, session);
}
