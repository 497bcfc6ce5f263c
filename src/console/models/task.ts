import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Result } from '../api/result';
import type { TabId } from './tabs-model';

/** A link beside a confirmation, to the tab that shows what the action made. */
export interface NoticeLink {
  label: string;
  tab: TabId;
}

/** The progress and failure of one kind of call, so every screen can show both. */
export interface Task {
  isBusy: ReadonlySignal<boolean>;
  error: ReadonlySignal<string | null>;
  /** A short confirmation after success ("Saved."), cleared by the next run. */
  notice: ReadonlySignal<string | null>;
  noticeLink: ReadonlySignal<NoticeLink | null>;
  /**
   * `notice` or `isAction` mark a run the user started (not a background load): it replaces the
   * statuses of the tasks linked with this one (see `linkTasks`).
   */
  run<T>(work: () => Promise<Result<T>>, options?: { notice?: (value: T) => string; isAction?: boolean }): Promise<Result<T>>;
  fail(message: string): void;
  announce(message: string, link?: NoticeLink): void;
  clear(): void;
  /** Called when this task starts an action, fails or announces. */
  onAction(listener: () => void): void;
}

export function createTask(): Task {
  const pending = signal(0);
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const noticeLink = signal<NoticeLink | null>(null);
  const listeners: Array<() => void> = [];
  const acted = () => listeners.forEach((listener) => listener());
  const clear = () => {
    error.value = null;
    notice.value = null;
    noticeLink.value = null;
  };
  return {
    isBusy: computed(() => pending.value > 0),
    error,
    notice,
    noticeLink,
    async run(work, options = {}) {
      pending.value += 1;
      clear();
      if (options.notice || options.isAction) acted();
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
      acted();
      clear();
      error.value = message;
    },
    announce(message, link) {
      acted();
      clear();
      notice.value = message;
      noticeLink.value = link ?? null;
    },
    clear,
    onAction(listener) {
      listeners.push(listener);
    },
  };
}

/**
 * One status per action: when one of these tasks acts, the others' lines empty, so no confirmation
 * or error lingers beside something it is not about. Returns a way to empty them all (a tab change).
 */
export function linkTasks(tasks: readonly Task[]): { clearAll(): void } {
  for (const task of tasks) task.onAction(() => tasks.forEach((other) => other !== task && other.clear()));
  return { clearAll: () => tasks.forEach((task) => task.clear()) };
}
