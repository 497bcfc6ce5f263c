import type { ConsoleModel } from '../models/console-model';
import { strings } from '../strings';
import { IntegrationRow } from './IntegrationRow';
import { StatusLine } from './StatusLine';
import { tabId } from './TabBar';

const columns = strings.integrations.columns;

/** The Integrations tab: the list, "Configure new integration", and each row's actions. */
export function IntegrationsTab({ model }: { model: ConsoleModel }) {
  const { integrations, catalogue, launcher, editor } = model;
  const list = integrations.list.value;
  return (
    <section class="pbc-section" aria-labelledby="pbc-integrations-heading">
      <div class="pbc-section-head">
        <div>
          <h2 id="pbc-integrations-heading" class="pbc-heading">
            {strings.integrations.heading}
          </h2>
          <p class="pbc-muted">{strings.integrations.lead}</p>
        </div>
        <button type="button" class="pbc-button pbc-button-primary" onClick={editor.openCreate}>
          {strings.integrations.configureNew}
        </button>
      </div>
      <StatusLine task={integrations.task} />
      <StatusLine
        task={launcher.addTask}
        busyText={strings.integrations.opening}
        onLink={(tab) => {
          model.tabs.select(tab);
          document.getElementById(tabId(tab))?.focus();
        }}
      />
      {integrations.hasLoaded.value && list.length === 0 && <p class="pbc-empty">{strings.integrations.empty}</p>}
      {list.length > 0 && (
        <table class="pbc-table">
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.key}</th>
              <th scope="col">{columns.authMode}</th>
              <th scope="col">{columns.created}</th>
              <th scope="col">
                <span class="pbc-visually-hidden">{columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((integration) => (
              <IntegrationRow
                key={integration.unique_key}
                integration={integration}
                authMode={catalogue.byName.value.get(integration.provider)?.auth_mode ?? ''}
                model={model}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
