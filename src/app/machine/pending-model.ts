import { computed, signal, type ReadonlySignal } from '@preact/signals-core';

export interface PendingModel {
  /** Seconds waited so far, once the wait is long enough to mention; else null. */
  slowSeconds: ReadonlySignal<number | null>;
  isSlow: ReadonlySignal<boolean>;
  /** Starts waiting for one operation; aborting the signal cancels it. */
  begin: () => AbortSignal;
  end: () => void;
  /** The user stops waiting: the operation resolves as cancelled. */
  cancel: () => void;
}

export interface PendingOptions {
  /** When progress becomes visible (issue 7: a 30 s response shows progress, cancel and retry). */
  slowAfterMs?: number;
}

/** Tracks the one operation the user is waiting for, and tells the UI when the wait gets long. */
export function createPendingModel({ slowAfterMs = 3000 }: PendingOptions = {}): PendingModel {
  const slowSeconds = signal<number | null>(null);
  let controller: AbortController | null = null;
  let startedAt = 0;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;

  const stopTimers = () => {
    clearTimeout(slowTimer);
    clearInterval(tick);
    slowSeconds.value = null;
  };
  const showElapsed = () => {
    slowSeconds.value = Math.round((Date.now() - startedAt) / 1000);
  };

  return {
    slowSeconds,
    isSlow: computed(() => slowSeconds.value !== null),
    begin: () => {
      controller?.abort();
      stopTimers();
      controller = new AbortController();
      startedAt = Date.now();
      slowTimer = setTimeout(() => {
        showElapsed();
        tick = setInterval(showElapsed, 1000);
      }, slowAfterMs);
      return controller.signal;
    },
    end: () => {
      controller = null;
      stopTimers();
    },
    cancel: () => {
      controller?.abort();
      controller = null;
      stopTimers();
    },
  };
}
