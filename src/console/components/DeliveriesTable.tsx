import type { Delivery } from '../../contract';
import type { EnvironmentModel } from '../models/environment-model';
import { strings } from '../strings';
import { formatDate } from './format-date';
import { StatusLine } from './StatusLine';

const columns = strings.environment.columns;

function resultText(delivery: Delivery): string {
  if (delivery.state === 'delivered') return strings.environment.delivered(delivery.status);
  if (delivery.state === 'pending') return strings.environment.pending;
  return strings.environment.failed(delivery.status, delivery.last_error);
}

function eventText(delivery: Delivery): string {
  const event = delivery.event;
  if (!event) return '';
  return [event.type, event.operation, event.provider_config_key].filter(Boolean).join(' · ');
}

/** The last webhook deliveries with their outcome and attempts, each resendable. */
export function DeliveriesTable({ model }: { model: EnvironmentModel }) {
  const deliveries = model.deliveries.value;
  const isBusy = model.deliveriesTask.isBusy.value;
  return (
    <div class="pbc-card">
      <div class="pbc-section-head">
        <h3 class="pbc-subheading">{strings.environment.deliveries}</h3>
        <button type="button" class="pbc-button pbc-button-small" onClick={() => void model.loadDeliveries()} disabled={isBusy}>
          {strings.common.refresh}
        </button>
      </div>
      <StatusLine task={model.deliveriesTask} />
      {model.hasLoadedDeliveries.value && deliveries.length === 0 && <p class="pbc-empty">{strings.environment.deliveriesEmpty}</p>}
      {deliveries.length > 0 && (
        <table class="pbc-table">
          <thead>
            <tr>
              <th scope="col">{columns.event}</th>
              <th scope="col">{columns.url}</th>
              <th scope="col">{columns.result}</th>
              <th scope="col">{columns.attempts}</th>
              <th scope="col">{columns.sent}</th>
              <th scope="col">
                <span class="pbc-visually-hidden">{columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>{eventText(delivery)}</td>
                <td>
                  <code class="pbc-code pbc-id">{delivery.url}</code>
                </td>
                <td class={`pbc-result pbc-result-${delivery.state}`}>{resultText(delivery)}</td>
                <td>{delivery.attempts}</td>
                <td>{formatDate(delivery.created_at)}</td>
                <td>
                  <div class="pbc-row-actions">
                    <button type="button" class="pbc-button pbc-button-small" disabled={isBusy} onClick={() => void model.resend(delivery.id)}>
                      {strings.environment.resend}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
