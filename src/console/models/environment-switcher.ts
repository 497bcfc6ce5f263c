import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { SessionModel } from './session-model';

export interface EnvironmentSwitcher {
  /** The server's environments; one when the server names no others. */
  names: ReadonlySignal<readonly string[]>;
  /** The environment whose key is being asked for, if any. */
  asking: ReadonlySignal<string | null>;
  choose(name: string): Promise<void>;
  submit(key: string): Promise<void>;
  cancel(): void;
}

/**
 * Picks an environment: one whose key was accepted before opens at once, another asks for its
 * key first. `onSwitched` reloads what the console shows.
 */
export function createEnvironmentSwitcher(session: SessionModel, onSwitched: () => void): EnvironmentSwitcher {
  const asking = signal<string | null>(null);
  const names = computed(() => {
    const current = session.environment.value;
    return current?.environments ?? (current ? [current.name] : []);
  });
  const switchTo = async (name: string, key?: string) => {
    if (await session.switchTo(name, key)) {
      asking.value = null;
      onSwitched();
    } else {
      // The failure shows in the key form, which also offers another key.
      asking.value = name;
    }
  };
  return {
    names,
    asking,
    async choose(name) {
      session.switchTask.clear();
      if (name === session.environment.value?.name) {
        asking.value = null;
        return;
      }
      if (session.keys.value[name] === undefined) {
        asking.value = name;
        return;
      }
      await switchTo(name);
    },
    async submit(key) {
      const name = asking.value;
      if (name !== null) await switchTo(name, key);
    },
    cancel() {
      asking.value = null;
      session.switchTask.clear();
    },
  };
}
