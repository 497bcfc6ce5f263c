import type { EditorModel } from '../models/editor-model';
import { strings } from '../strings';
import { CopyButton } from './CopyButton';
import { TextField } from './TextField';

export interface OAuthFieldsProps {
  editor: EditorModel;
  callbackUrl: string;
  isOptional: boolean;
  /** OAuth in a popup: the box names OAuth and shows the callback URL and scopes; otherwise only client credentials. */
  isRedirect: boolean;
}

/** An OAuth integration's setup: the callback URL to register, then client ID, secret and scopes. */
export function OAuthFields({ editor, callbackUrl, isOptional, isRedirect }: OAuthFieldsProps) {
  const values = editor.values.value;
  const errors = editor.errors.value;
  const lead = isRedirect ? strings.editor.oauthLead : strings.editor.clientCredentialsLead;
  return (
    <fieldset class="pbc-fieldset">
      <legend class="pbc-legend">{isRedirect ? 'OAuth' : strings.editor.clientCredentials}</legend>
      <p class="pbc-muted">{isOptional ? `${strings.editor.oauthOptionalLead} ${lead}` : lead}</p>
      {isRedirect && (
        <div class="pbc-field">
          <span class="pbc-label" id="pbc-callback-label">
            {strings.editor.callbackUrl}
          </span>
          <p class="pbc-help">{strings.editor.callbackHelp}</p>
          <span class="pbc-copy-row">
            <code class="pbc-code" aria-labelledby="pbc-callback-label">
              {callbackUrl}
            </code>
            <CopyButton text={callbackUrl} label={strings.editor.callbackUrl} />
          </span>
        </div>
      )}
      <TextField id="pbc-client-id" label={strings.editor.clientId} value={values.clientId} error={errors.clientId} onInput={(value) => editor.setField('clientId', value)} />
      <TextField id="pbc-client-secret" label={strings.editor.clientSecret} type="password" value={values.clientSecret} error={errors.clientSecret} onInput={(value) => editor.setField('clientSecret', value)} />
      {isRedirect && (
        <TextField id="pbc-scopes" label={strings.editor.scopes} help={strings.editor.scopesHelp} value={values.scopes} error={errors.scopes} onInput={(value) => editor.setField('scopes', value)} />
      )}
    </fieldset>
  );
}
