import type { AdminIntegration as Integration } from '../../contract';
import type { ConsoleModel } from '../models/console-model';
import { strings } from '../strings';
import { formatDate } from './format-date';
import { Logo } from './Logo';

export interface IntegrationRowProps {
  integration: Integration;
  authMode: string;
  model: ConsoleModel;
}

/** One integration: what it is, and Add connection / Edit / Delete. */
export function IntegrationRow({ integration, authMode, model }: IntegrationRowProps) {
  const key = integration.unique_key;
  return (
    <tr>
      <td>
        <span class="pbc-name">
          <Logo url={integration.logo} name={integration.display_name} />
          {integration.display_name}
        </span>
      </td>
      <td>
        <code class="pbc-code">{key}</code>
      </td>
      <td>{authMode}</td>
      <td>{formatDate(integration.created_at)}</td>
      <td>
        <div class="pbc-row-actions">
          <button type="button" class="pbc-button pbc-button-small pbc-button-primary" aria-label={`${strings.integrations.addConnection}: ${key}`} onClick={() => void model.launcher.addConnection(key)}>
            {strings.integrations.addConnection}
          </button>
          <button type="button" class="pbc-button pbc-button-small" aria-label={`${strings.integrations.edit} ${key}`} onClick={() => void model.editor.openEdit(integration)}>
            {strings.integrations.edit}
          </button>
          <button type="button" class="pbc-button pbc-button-small pbc-button-danger" aria-label={`${strings.common.delete} ${key}`} onClick={() => model.ask.deleteIntegration(key)}>
            {strings.common.delete}
          </button>
        </div>
      </td>
    </tr>
  );
}
