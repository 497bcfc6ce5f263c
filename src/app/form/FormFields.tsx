import type { FormModel } from './form-model';
import { Field } from './Field';

/** The visible fields; hidden ones are submitted with their preset or default value. */
export function FormFields({ form }: { form: FormModel }) {
  const values = form.values.value;
  const issues = form.shownIssues.value;
  return (
    <>
      {form.visibleFields.map((field, index) => (
        <Field
          key={field.key}
          field={field}
          value={values[field.key] ?? ''}
          issue={issues[field.key]}
          isAutofocus={index === 0}
          onValue={form.setValue}
        />
      ))}
    </>
  );
}
