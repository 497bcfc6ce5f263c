import { useEffect, useRef, useState } from 'preact/hooks';
import type { EnvironmentSwitcher as Switcher } from '../models/environment-switcher';
import type { SessionModel } from '../models/session-model';
import { strings } from '../strings';
import { StatusLine } from './StatusLine';
import { TextField } from './TextField';

/** One button per environment, the active one pressed; shown only when the server has more than one. */
export function EnvironmentButtons({ switcher, active }: { switcher: Switcher; active: string }) {
  const names = switcher.names.value;
  if (names.length < 2) return null;
  return (
    <div role="group" aria-label={strings.switcher.label} class="pbc-env-switch">
      {names.map((name) => (
        <button
          key={name}
          type="button"
          class="pbc-button pbc-button-small"
          aria-pressed={name === active}
          onClick={() => void switcher.choose(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

/** Asks for the key of the environment chosen, when none was given before in this tab. */
export function EnvironmentKeyForm({ switcher, session }: { switcher: Switcher; session: SessionModel }) {
  const name = switcher.asking.value;
  const [key, setKey] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setKey('');
    if (name !== null) form.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [name]);
  if (name === null) return null;
  return (
    <form
      ref={form}
      class="pbc-card pbc-env-key"
      aria-label={strings.switcher.form(name)}
      onSubmit={(event) => {
        event.preventDefault();
        void switcher.submit(key);
      }}
    >
      <TextField id="pbc-env-key" label={strings.switcher.keyLabel(name)} help={strings.switcher.help} type="password" value={key} onInput={setKey} isAutofocus />
      <StatusLine task={session.switchTask} busyText={strings.switcher.busy} />
      <div class="pbc-actions">
        <button type="submit" class="pbc-button pbc-button-primary" disabled={session.switchTask.isBusy.value}>
          {strings.switcher.submit(name)}
        </button>
        <button type="button" class="pbc-button" onClick={switcher.cancel}>
          {strings.switcher.cancel}
        </button>
      </div>
    </form>
  );
}
