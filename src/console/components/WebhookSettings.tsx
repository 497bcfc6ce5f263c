import { useState } from 'preact/hooks';
import type { Environment } from '../../contract';
import type { EnvironmentModel } from '../models/environment-model';
import { strings } from '../strings';
import { StatusLine } from './StatusLine';
import { TextField } from './TextField';

type Switch = 'on_auth_creation' | 'on_auth_refresh_error';

/** The webhook step of setting up: a webhook URL, and "Send new connection creation webhooks". */
export function WebhookSettings({ model, settings }: { model: EnvironmentModel; settings: Environment['webhook_settings'] }) {
  const [url, setUrl] = useState(settings.primary_url ?? '');
  const isBusy = model.settingsTask.isBusy.value;
  const toggle = (name: Switch, label: string) => (
    <label class="pbc-switch">
      <input type="checkbox" checked={settings[name]} disabled={isBusy} onChange={(event) => void model.setSwitch(name, event.currentTarget.checked)} />
      {label}
    </label>
  );
  return (
    <div class="pbc-card">
      <h3 class="pbc-subheading">{strings.environment.webhooks}</h3>
      <form
        class="pbc-inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.saveWebhookUrl(url);
        }}
      >
        <TextField id="pbc-webhook-url" label={strings.environment.webhookUrl} help={strings.environment.webhookUrlHelp} type="url" value={url} error={model.urlError.value ?? undefined} onInput={setUrl} placeholder="https://example.com/webhooks/plugboard" />
        <button type="submit" class="pbc-button pbc-button-primary" disabled={isBusy}>
          {strings.environment.saveUrl}
        </button>
      </form>
      {toggle('on_auth_creation', strings.environment.onCreation)}
      {toggle('on_auth_refresh_error', strings.environment.onRefreshError)}
      <StatusLine task={model.settingsTask} busyText={strings.common.saving} />
    </div>
  );
}
