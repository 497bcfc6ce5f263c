import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionModel } from '../models/session-model';
import { strings } from '../strings';
import { StatusLine } from './StatusLine';
import { TextField } from './TextField';

/** Asks for the secret key before anything else; the key stays in the session model's memory. */
export function SignIn({ session, onSubmit }: { session: SessionModel; onSubmit: (key: string) => void }) {
  const [key, setKey] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // The first thing to do is type the key: the field has focus when the page opens.
  useEffect(() => form.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);
  const isBusy = session.task.isBusy.value;
  return (
    <main class="pbc-signin">
      <form
        ref={form}
        class="pbc-card"
        aria-labelledby="pbc-signin-title"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(key);
        }}
      >
        <h1 id="pbc-signin-title" class="pbc-title">
          {strings.signIn.title}
        </h1>
        <p class="pbc-muted">
          {strings.signIn.lead.before} <code class="pbc-code">{strings.signIn.lead.command}</code> {strings.signIn.lead.after}
        </p>
        <TextField id="pbc-secret-key" label={strings.signIn.label} type="password" value={key} onInput={setKey} isAutofocus />
        <StatusLine task={session.task} busyText={strings.signIn.busy} />
        <button type="submit" class="pbc-button pbc-button-primary pbc-button-wide" disabled={isBusy}>
          {strings.signIn.submit}
        </button>
      </form>
    </main>
  );
}
