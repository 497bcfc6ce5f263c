import type { ConnectionDetail } from '../../contract';
import { strings } from '../strings';
import { formatDate } from './format-date';
import { SecretValue } from './SecretValue';

/** Fields shown in clear: they say what kind of credentials these are, not how to use them. */
const plainFields = new Set(['type', 'expires_at', 'username', 'client_id', 'region']);

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** A connection's credentials, each value masked until revealed; `raw` stays folded into one value. */
export function CredentialsPanel({ detail }: { detail: ConnectionDetail }) {
  const entries = Object.entries(detail.credentials);
  return (
    <div class="pbc-credentials">
      <p class="pbc-muted">
        {strings.connections.updated}: {formatDate(detail.updated_at)}
      </p>
      {entries.length === 0 ? (
        <p class="pbc-muted">{strings.connections.noCredentials}</p>
      ) : (
        <dl class="pbc-definitions" aria-label={strings.connections.credentials}>
          {entries.map(([name, value]) => (
            <div key={name} class="pbc-definition">
              <dt>{name}</dt>
              <dd>{plainFields.has(name) ? <code class="pbc-code">{asText(value)}</code> : <SecretValue value={asText(value)} label={name} />}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
