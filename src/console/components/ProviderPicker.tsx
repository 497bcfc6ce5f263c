import type { AdminProvider as Provider } from '../../contract';
import type { CatalogueModel } from '../models/catalogue-model';
import { strings } from '../strings';
import { Logo } from './Logo';
import { StatusLine } from './StatusLine';

/** The searchable provider catalogue: logo, name and auth mode; choosing one moves on. */
export function ProviderPicker({ catalogue, onPick }: { catalogue: CatalogueModel; onPick: (provider: Provider) => void }) {
  const matches = catalogue.matches.value;
  return (
    <div class="pbc-picker">
      <p class="pbc-muted">{strings.editor.pickLead}</p>
      <label class="pbc-label" for="pbc-provider-search">
        {strings.editor.search}
      </label>
      <input
        id="pbc-provider-search"
        class="pbc-input"
        type="search"
        value={catalogue.query.value}
        data-autofocus=""
        autocomplete="off"
        aria-controls="pbc-provider-list"
        onInput={(event) => catalogue.setQuery(event.currentTarget.value)}
      />
      <StatusLine task={catalogue.task} />
      <p class="pbc-visually-hidden" role="status">
        {catalogue.task.isBusy.value ? '' : `${matches.length}`}
      </p>
      {matches.length === 0 && !catalogue.task.isBusy.value && (
        <div class="pbc-empty">
          <p>{strings.editor.noMatch}</p>
          {catalogue.isBuiltInOnly.value && <CatalogueHint />}
        </div>
      )}
      <ul id="pbc-provider-list" class="pbc-provider-list">
        {matches.map((provider) => (
          <li key={provider.name}>
            <button type="button" class="pbc-provider" onClick={() => onPick(provider)}>
              <Logo url={provider.logo_url} name={provider.display_name} />
              <span class="pbc-provider-name">{provider.display_name}</span>
              <span class="pbc-badge">{provider.auth_mode}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where a search comes up empty with only the test providers: the exact switches to a real catalogue. */
function CatalogueHint() {
  const hint = strings.editor.catalogueHint;
  return (
    <>
      <p>{hint.lead}</p>
      <ul class="pbc-hint-list">
        <li>
          <code class="pbc-code">{hint.script}</code> {hint.scriptNote}
        </li>
        <li>
          <code class="pbc-code">{hint.env}</code>
        </li>
        <li>
          <code class="pbc-code">{hint.config}</code> {hint.configNote}
        </li>
      </ul>
      <p class="pbc-help">{hint.licence}</p>
    </>
  );
}
