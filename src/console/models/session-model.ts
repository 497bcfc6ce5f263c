import { signal, type ReadonlySignal } from '@preact/signals';
import type { Environment } from '../api/schemas';
import type { Result } from '../api/result';
import { strings } from '../strings';
import { createTask, type Task } from './task';

export interface SessionModel {
  /** In memory only: never written to any storage, never sent to the widget. */
  secretKey: ReadonlySignal<string | null>;
  environment: ReadonlySignal<Environment | null>;
  task: Task;
  signIn(candidate: string): Promise<boolean>;
  refresh(): Promise<void>;
  signOut(): void;
}

/** The secret key and the environment it opens; a key counts only once the server accepted it. */
export function createSessionModel(getEnvironment: () => Promise<Result<Environment>>): SessionModel {
  const secretKey = signal<string | null>(null);
  const environment = signal<Environment | null>(null);
  const task = createTask();
  return {
    secretKey,
    environment,
    task,
    async signIn(candidate) {
      const key = candidate.trim();
      if (!key) {
        task.fail(strings.signIn.empty);
        return false;
      }
      secretKey.value = key;
      const result = await task.run(getEnvironment);
      if (!result.ok) {
        secretKey.value = null;
        return false;
      }
      environment.value = result.value;
      return true;
    },
    async refresh() {
      const result = await task.run(getEnvironment);
      if (result.ok) environment.value = result.value;
    },
    signOut() {
      secretKey.value = null;
      environment.value = null;
      task.clear();
    },
  };
}
