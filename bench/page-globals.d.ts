// What bench/probe/probe.js adds to the pages of a run, for the benchmark's `evaluate` calls.
import type * as Sdk from '../src/sdk/index';

export interface BenchEvent {
  type: string;
  /** `Date.now()` in the host page when the SDK delivered the event. */
  at: number;
}

export interface BenchMark {
  /** `Date.now()` in the frame. */
  epoch: number;
  /** `performance.now()` in the frame. */
  frame: number;
}

export type MarkName = 'loader' | 'list' | 'form';

export interface BenchHostOptions {
  baseURL: string;
  apiURL: string;
  sessionToken?: string;
}

declare global {
  interface Window {
    Plugboard: typeof Sdk;
    __benchHost: {
      events: BenchEvent[];
      /** Creates the widget and opens it; returns `Date.now()` just before `open()`. */
      open: (options: BenchHostOptions) => number;
      preload: (options: BenchHostOptions) => void;
      /** `open()` on the preloaded widget; returns `Date.now()` just before it. */
      reveal: () => number;
      whenEvent: (type: string) => Promise<BenchEvent>;
    };
    __benchProbe: {
      marks: Partial<Record<MarkName, BenchMark | null>>;
      longTasks: Array<{ start: number; duration: number }>;
      clicks: number[];
      frames: number[];
      /** Per key typed: key received → its result painted, in ms (frame clock). */
      keyLatencies: number[];
      whenMarked: (name: MarkName) => Promise<BenchMark>;
      countFrames: () => void;
      /** The first rendered frame at or after `epoch` (while counting frames). */
      whenFrameAfter: (epoch: number) => Promise<number>;
      stopCountingFrames: () => void;
    };
  }
}
