import { useEffect, useRef, useState } from 'preact/hooks';
import { usesOAuthRedirect } from '../forms/config-kind';
import { takesAllowedHosts } from '../forms/integration-form';
import type { EditorModel } from '../models/editor-model';
import { strings } from '../strings';
import { focusFirstError } from './focus';
import { AppFields } from './AppFields';
import { Logo } from './Logo';
import { OAuthFields } from './OAuthFields';
import { StatusLine } from './StatusLine';
import { TextField } from './TextField';

/** The second step: the integration's ID and name, then what its auth mode needs. */
export function ConfigureForm({ editor, callbackUrl }: { editor: EditorModel; callbackUrl: string }) {
  const provider = editor.provider.value;
  const values = editor.values.value;
  const errors = editor.errors.value;
  const kind = editor.kind.value;
  const isCreation = editor.originalKey.value === null;
  const mode = provider?.auth_mode ?? '';
  const form = useRef<HTMLFormElement>(null);
  // Counts refused saves; each one moves focus to the first error once it has rendered.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0 && form.current) focusFirstError(form.current);
  }, [refusals]);
  return (
    <form
      ref={form}
      class="pbc-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void editor.save().then((isSaved) => {
          if (!isSaved) setRefusals((count) => count + 1);
        });
      }}
    >
      {provider && (
        <div class="pbc-provider-head">
          <Logo url={provider.logo_url} name={provider.display_name} />
          <strong>{provider.display_name}</strong>
          <span class="pbc-badge">{mode}</span>
          {isHttpUrl(provider.docs) && (
            <a href={provider.docs} target="_blank" rel="noreferrer noopener">
              {strings.editor.docs}
            </a>
          )}
        </div>
      )}
      <TextField id="pbc-unique-key" label={strings.editor.uniqueKey} help={strings.editor.uniqueKeyHelp} value={values.uniqueKey} error={errors.uniqueKey} onInput={(value) => editor.setField('uniqueKey', value)} isAutofocus />
      <TextField id="pbc-display-name" label={strings.editor.displayName} help={strings.editor.displayNameHelp} value={values.displayName} error={errors.displayName} onInput={(value) => editor.setField('displayName', value)} />
      {(kind === 'app' || kind === 'app-oauth') && <AppFields editor={editor} setupUrl={new URL('../app-auth/connect', callbackUrl).toString()} withOAuth={kind === 'app-oauth'} />}
      {(kind === 'oauth' || kind === 'oauth-optional' || kind === 'app-oauth') && <OAuthFields editor={editor} callbackUrl={callbackUrl} isOptional={kind === 'oauth-optional'} isRedirect={usesOAuthRedirect(mode)} />}
      {takesAllowedHosts(mode) && (
        <TextField id="pbc-allowed-hosts" label={strings.editor.allowedHosts} help={strings.editor.allowedHostsHelp} value={values.allowedHosts} error={errors.allowedHosts} onInput={(value) => editor.setField('allowedHosts', value)} />
      )}
      {kind === 'none' && <p class="pbc-note">{strings.editor.nothingToConfigure(mode)}</p>}
      <StatusLine task={editor.task} busyText={strings.common.saving} />
      <div class="pbc-actions">
        {isCreation && (
          <button type="button" class="pbc-button" onClick={editor.backToCatalogue}>
            {strings.editor.changeProvider}
          </button>
        )}
        <button type="submit" class="pbc-button pbc-button-primary" disabled={editor.task.isBusy.value}>
          {isCreation ? strings.editor.create : strings.editor.update}
        </button>
      </div>
    </form>
  );
}

/** Only web links: a catalogue loaded from a YAML file could carry any scheme. */
function isHttpUrl(text: string | undefined): text is string {
  return text !== undefined && URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}
