import type { EditorModel } from '../models/editor-model';
import { strings } from '../strings';
import { CopyButton } from './CopyButton';
import { TextField } from './TextField';

const text = strings.appFields;

/** APP and CUSTOM: the setup URL to register, then the app's id, public link and private key. */
export function AppFields({ editor, setupUrl, withOAuth }: { editor: EditorModel; setupUrl: string; withOAuth: boolean }) {
  const values = editor.values.value;
  const errors = editor.errors.value;
  const keyError = errors.privateKey;
  const keyDescribed = ['pbc-private-key-help', keyError ? 'pbc-private-key-error' : null].filter(Boolean).join(' ');
  return (
    <fieldset class="pbc-fieldset">
      <legend class="pbc-legend">{text.legend}</legend>
      <p class="pbc-muted">{withOAuth ? text.leadWithOAuth : text.lead}</p>
      <div class="pbc-field">
        <span class="pbc-label" id="pbc-setup-label">
          {text.setupUrl}
        </span>
        <p class="pbc-help">{text.setupHelp}</p>
        <span class="pbc-copy-row">
          <code class="pbc-code" aria-labelledby="pbc-setup-label">
            {setupUrl}
          </code>
          <CopyButton text={setupUrl} label={text.setupUrl} />
        </span>
      </div>
      <TextField id="pbc-app-id" label={text.appId} value={values.appId} error={errors.appId} onInput={(value) => editor.setField('appId', value)} />
      <TextField id="pbc-app-link" label={text.appLink} help={text.appLinkHelp} value={values.appLink} error={errors.appLink} onInput={(value) => editor.setField('appLink', value)} />
      <div class="pbc-field">
        <label for="pbc-private-key" class="pbc-label">
          {text.privateKey}
        </label>
        <p id="pbc-private-key-help" class="pbc-help">
          {text.privateKeyHelp}
        </p>
        {/* A PEM key spans lines: a one-line input would drop its line breaks on paste. */}
        <textarea
          id="pbc-private-key"
          name="pbc-private-key"
          class="pbc-input pbc-textarea"
          rows={6}
          value={values.privateKey}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={keyError ? true : undefined}
          aria-describedby={keyDescribed}
          onInput={(event) => editor.setField('privateKey', event.currentTarget.value)}
        />
        {keyError && (
          <p id="pbc-private-key-error" class="pbc-field-error">
            {keyError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
