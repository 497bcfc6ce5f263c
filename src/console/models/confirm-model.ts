import { signal, type ReadonlySignal } from '@preact/signals';
import type { Result } from '../api/result';
import { createTask, type Task } from './task';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  /** On failure the dialog stays open and shows why. */
  action: () => Promise<Result<unknown>>;
}

export interface ConfirmModel {
  request: ReadonlySignal<ConfirmRequest | null>;
  task: Task;
  ask(request: ConfirmRequest): void;
  confirm(): Promise<void>;
  cancel(): void;
}

/** The one confirmation dialog: deletes and key rotation ask first. */
export function createConfirmModel(): ConfirmModel {
  const request = signal<ConfirmRequest | null>(null);
  const task = createTask();
  return {
    request,
    task,
    ask(next) {
      task.clear();
      request.value = next;
    },
    async confirm() {
      const current = request.value;
      if (!current || task.isBusy.value) return;
      const result = await task.run(current.action);
      if (result.ok) request.value = null;
    },
    cancel() {
      request.value = null;
    },
  };
}
