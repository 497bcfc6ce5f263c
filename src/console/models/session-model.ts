import { signal, type ReadonlySignal } from '@preact/signals';
import type { Environment } from '../../contract';
import type { Result } from '../api/result';
import { strings } from '../strings';
import { createTask, type Task } from './task';

export interface SessionModel {
  /** In memory only: never written to any storage, never sent to the widget. */
  secretKey: ReadonlySignal<string | null>;
  environment: ReadonlySignal<Environment | null>;
  /** The keys accepted so far, by environment name: memory only, like the key in use. */
  keys: ReadonlySignal<Readonly<Record<string, string>>>;
  task: Task;
  /** Progress and failure of a switch to another environment. */
  switchTask: Task;
  signIn(candidate: string): Promise<boolean>;
  /**
   * Opens environment `name` with `candidate`, else with the key remembered for it. The key must
   * open that very environment; until the server says so, the current one stays in use.
   */
  switchTo(name: string, candidate?: string): Promise<boolean>;
  refresh(): Promise<void>;
  signOut(): void;
}

/** The secret key and the environment it opens; a key counts only once the server accepted it. */
export function createSessionModel(getEnvironment: (secretKey?: string) => Promise<Result<Environment>>): SessionModel {
  const secretKey = signal<string | null>(null);
  const environment = signal<Environment | null>(null);
  const keys = signal<Readonly<Record<string, string>>>({});
  const task = createTask();
  const switchTask = createTask();
  const open = (key: string, opened: Environment) => {
    secretKey.value = key;
    environment.value = opened;
    keys.value = { ...keys.value, [opened.name]: key };
  };
  return {
    secretKey,
    environment,
    keys,
    task,
    switchTask,
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
      open(key, result.value);
      return true;
    },
    async switchTo(name, candidate) {
      const key = (candidate ?? keys.value[name] ?? '').trim();
      if (!key) {
        switchTask.fail(strings.switcher.empty(name));
        return false;
      }
      const result = await switchTask.run(() => getEnvironment(key), { isAction: true });
      if (!result.ok) return false;
      if (result.value.name !== name) {
        switchTask.fail(strings.switcher.wrongEnvironment(result.value.name, name));
        return false;
      }
      open(key, result.value);
      return true;
    },
    async refresh() {
      const result = await task.run(getEnvironment);
      if (result.ok) environment.value = result.value;
    },
    signOut() {
      secretKey.value = null;
      environment.value = null;
      keys.value = {};
      task.clear();
      switchTask.clear();
    },
  };
}
