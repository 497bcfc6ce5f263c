import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { FieldSpec, FormSpec } from '../../client/form';
import { validateField, type FieldIssue } from '../../client/validate';

export interface FormModel {
  spec: FormSpec;
  values: ReadonlySignal<Record<string, string>>;
  /** Issues to show: of fields the user has edited, or of all fields after a submit attempt. */
  shownIssues: ReadonlySignal<Record<string, FieldIssue>>;
  isValid: ReadonlySignal<boolean>;
  isDirty: ReadonlySignal<boolean>;
  /** A hidden field (preset by the administrator) is invalid: the user cannot fix it. */
  hasInvalidPreset: ReadonlySignal<boolean>;
  visibleFields: FieldSpec[];
  setValue: (key: string, value: string) => void;
  revealIssues: () => void;
  markClean: () => void;
}

function initialValues(spec: FormSpec, previous: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of spec.fields) {
    // What the user typed survives a rebuild (e.g. after a session refresh); presets do not move.
    const kept = !field.isHidden && Object.hasOwn(previous, field.key) ? previous[field.key] : undefined;
    values[field.key] = kept ?? field.initialValue;
  }
  return values;
}

/** The values, validation and dirtiness of one connect form. Validation runs as the user types. */
export function createFormModel(spec: FormSpec, previous: Record<string, string> = {}): FormModel {
  const pristine = signal(Object.fromEntries(spec.fields.map((field) => [field.key, field.initialValue])));
  const values = signal(initialValues(spec, previous));
  const edited = signal<ReadonlySet<string>>(new Set());
  const isRevealed = signal(false);
  const visibleFields = spec.fields.filter((field) => !field.isHidden);

  const issues = computed(() => {
    const found: Record<string, FieldIssue> = {};
    for (const field of spec.fields) {
      const issue = validateField(field, values.value[field.key] ?? '');
      if (issue) found[field.key] = issue;
    }
    return found;
  });
  const shownIssues = computed(() =>
    Object.fromEntries(Object.entries(issues.value).filter(([key]) => isRevealed.value || edited.value.has(key))),
  );

  return {
    spec,
    values,
    shownIssues,
    isValid: computed(() => Object.keys(issues.value).length === 0),
    isDirty: computed(() => visibleFields.some((field) => values.value[field.key] !== pristine.value[field.key])),
    hasInvalidPreset: computed(() => spec.fields.some((field) => field.isHidden && issues.value[field.key])),
    visibleFields,
    setValue: (key, value) => {
      values.value = { ...values.value, [key]: value };
      if (!edited.value.has(key)) edited.value = new Set([...edited.value, key]);
    },
    revealIssues: () => {
      isRevealed.value = true;
    },
    markClean: () => {
      pristine.value = values.value;
    },
  };
}
