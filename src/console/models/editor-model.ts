import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { AdminClient } from '../api/admin-client';
import type { AdminIntegration as Integration, AdminProvider as Provider } from '../../contract';
import { configKindFor, type ConfigKind } from '../forms/config-kind';
import { valuesForEdit } from '../forms/edit-values';
import {
  emptyValues, integrationBody, suggestKey, validateIntegrationForm,
  type FieldName, type FormContext, type FormErrors, type IntegrationFormValues,
} from '../forms/integration-form';
import { strings } from '../strings';
import type { CatalogueModel } from './catalogue-model';
import type { IntegrationsModel } from './integrations-model';
import { createTask, type Task } from './task';

export type EditorStep = 'closed' | 'pick' | 'configure';

export interface EditorModel {
  step: ReadonlySignal<EditorStep>;
  provider: ReadonlySignal<Provider | null>;
  /** The key being edited; `null` while creating. */
  originalKey: ReadonlySignal<string | null>;
  kind: ReadonlySignal<ConfigKind>;
  values: ReadonlySignal<IntegrationFormValues>;
  errors: ReadonlySignal<FormErrors>;
  task: Task;
  openCreate(): void;
  openEdit(integration: Integration): Promise<void>;
  pickProvider(provider: Provider): void;
  backToCatalogue(): void;
  setField(name: FieldName, value: string): void;
  save(): Promise<boolean>;
  close(): void;
}

type Client = Pick<AdminClient, 'getIntegration' | 'createIntegration' | 'updateIntegration'>;

/** "Configure new integration" and "Edit": pick an API, fill what its auth mode needs, save. */
export function createEditorModel(client: Client, catalogue: CatalogueModel, integrations: IntegrationsModel): EditorModel {
  const step = signal<EditorStep>('closed');
  const provider = signal<Provider | null>(null);
  const originalKey = signal<string | null>(null);
  const values = signal<IntegrationFormValues>(emptyValues);
  const errors = signal<FormErrors>({});
  const task = createTask();
  const takenKeys = computed(() => new Set(integrations.list.value.map((integration) => integration.unique_key)));
  const kind = computed(() => configKindFor(provider.value?.auth_mode ?? ''));
  const context = (): FormContext => ({
    kind: kind.value, authMode: provider.value?.auth_mode ?? '', provider: provider.value?.name ?? '',
    originalKey: originalKey.value, takenKeys: takenKeys.value,
  });
  const reset = (next: EditorStep) => {
    step.value = next;
    values.value = emptyValues;
    errors.value = {};
    task.clear();
  };

  return {
    step, provider, originalKey, kind, values, errors, task,
    openCreate() {
      reset('pick');
      originalKey.value = null;
      provider.value = null;
      catalogue.setQuery('');
      void catalogue.load();
    },
    async openEdit(integration) {
      reset('configure');
      originalKey.value = integration.unique_key;
      await catalogue.load();
      provider.value = catalogue.byName.value.get(integration.provider) ?? null;
      const detail = await task.run(() => client.getIntegration(integration.unique_key));
      values.value = valuesForEdit(detail.ok ? detail.value : integration, provider.value);
    },
    pickProvider(picked) {
      provider.value = picked;
      values.value = { ...emptyValues, uniqueKey: suggestKey(picked.name, takenKeys.value), scopes: (picked.default_scopes ?? []).join(',') };
      step.value = 'configure';
    },
    backToCatalogue() {
      reset('pick');
    },
    setField(name, value) {
      values.value = { ...values.value, [name]: value };
      if (errors.value[name]) errors.value = { ...errors.value, [name]: undefined };
    },
    async save() {
      const found = validateIntegrationForm(values.value, context());
      errors.value = found;
      if (Object.keys(found).length > 0) return false;
      const body = integrationBody(values.value, context());
      const key = originalKey.value;
      const result = await task.run(() => (key === null ? client.createIntegration(body) : client.updateIntegration(key, body)), { isAction: true });
      if (!result.ok) return false;
      step.value = 'closed';
      await integrations.load();
      integrations.task.announce(strings.editor.saved(result.value.unique_key));
      return true;
    },
    close() {
      step.value = 'closed';
    },
  };
}
