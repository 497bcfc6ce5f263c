import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Result } from '../api/result';

/** The progress and failure of one kind of call, so every screen can show both. */
export interface Task {
  isBusy: ReadonlySignal<boolean>;
  error: ReadonlySignal<string | null>;
  /** A short confirmation after success ("Saved."), cleared by the next run. */
  notice: ReadonlySignal<string | null>;
  run<T>(work: () => Promise<Result<T>>, options?: { notice?: (value: T) => string }): Promise<Result<T>>;
  fail(message: string): void;
  announce(message: string): void;
  clear(): void;
}

export function createTask(): Task {
  const pending = signal(0);
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  return {
    isBusy: computed(() => pending.value > 0),
    error,
    notice,
    async run(work, options = {}) {
      pending.value += 1;
      error.value = null;
      notice.value = null;
      try {
        const result = await work();
        if (result.ok) notice.value = options.notice?.(result.value) ?? null;
        else error.value = result.failure.message;
        return result;
      } finally {
        pending.value -= 1;
      }
    },
    fail(message) {
      error.value = message;
      notice.value = null;
    },
    announce(message) {
      error.value = null;
      notice.value = message;
    },
    clear() {
      error.value = null;
      notice.value = null;
    },
  };
}
