import type { ConsoleModel } from '../models/console-model';
import { strings } from '../strings';
import { DeliveriesTable } from './DeliveriesTable';
import { SecretValue } from './SecretValue';
import { SnippetsCard } from './SnippetsCard';
import { StatusLine } from './StatusLine';
import { WebhookSettings } from './WebhookSettings';

/** Environment settings: keys, webhook URL and switches, and the last deliveries. */
export function EnvironmentTab({ model }: { model: ConsoleModel }) {
  const environment = model.session.environment.value;
  if (!environment) return null;
  return (
    <section class="pbc-section" aria-labelledby="pbc-environment-heading">
      <h2 id="pbc-environment-heading" class="pbc-heading">
        {strings.environment.heading}
      </h2>
      <StatusLine task={model.session.task} />
      <div class="pbc-card">
        <h3 class="pbc-subheading">{strings.environment.secretKey}</h3>
        <p class="pbc-help">{strings.environment.secretKeyHelp}</p>
        <SecretValue value={environment.secret_key} label={strings.environment.secretKey} />
      </div>
      <WebhookSettings model={model.environment} settings={environment.webhook_settings} />
      <div class="pbc-card">
        <h3 class="pbc-subheading">{strings.environment.signingKey}</h3>
        <p class="pbc-help">{strings.environment.signingKeyHelp}</p>
        <div class="pbc-copy-row">
          <SecretValue value={environment.webhook_signing_key} label={strings.environment.signingKey} />
          <button type="button" class="pbc-button pbc-button-small" onClick={model.ask.rotateSigningKey}>
            {strings.environment.rotate}
          </button>
        </div>
        <StatusLine task={model.environment.signingKeyTask} />
      </div>
      <SnippetsCard apiUrl={model.apiUrl} widgetUrl={environment.connect_ui_url} />
      <DeliveriesTable model={model.environment} />
    </section>
  );
}
