import { t } from '../i18n';
import { ExternalIcon } from '../shell/more-icons';
import type { FieldSpec } from '../../client/form';
import type { FormModel } from './form-model';
import { labelText } from './label-text';
import { issueMessages, type FieldIssue } from '../../client/validate';

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

export interface FieldProps {
  field: FieldSpec;
  value: string;
  issue: FieldIssue | undefined;
  isAutofocus: boolean;
  onValue: (key: string, value: string) => void;
}

/** Label (with its optional badge), description, control, adornments read out, error, docs link. */
export function Field({ field, value, issue, isAutofocus, onValue }: FieldProps) {
  const id = `pb-field-${field.key}`;
  const label = labelText(field.label);
  const adornments = [field.prefix, field.suffix].filter(Boolean).join(' … ');
  const describedBy = [
    field.description && `${id}-description`,
    adornments && `${id}-adornments`,
    issue && `${id}-error`,
  ].filter(Boolean).join(' ');

  return (
    <div class="pb-field">
      <label for={id} class="pb-label">
        {label}
        {field.isOptional && ' '}
        {field.isOptional && <span class="pb-optional">{t('form.optional')}</span>}
      </label>
      {field.description && <p id={`${id}-description`} class="pb-help">{field.description}</p>}
      {adornments && <span id={`${id}-adornments`} class="pb-visually-hidden">{adornments}</span>}
      <FieldControl field={field} value={value} describedBy={describedBy || undefined} isInvalid={issue !== undefined} isAutofocus={isAutofocus} onValue={(next) => onValue(field.key, next)} />
      {issue && (
        // Not a live region: a failed submit would announce every field at once. The form announces
        // once, and the error is read with the field (aria-describedby) when focus reaches it.
        <p id={`${id}-error`} class="pb-error">
          {t(issueMessages[issue], { label })}
        </p>
      )}
      {field.docUrl && (
        <a class="pb-link pb-help" href={field.docUrl} target="_blank" rel="noopener noreferrer" aria-label={`${t('form.fieldDocs', { field: label })} ${t('form.opensInNewTab')}`}>
          {t('form.fieldDocs', { field: label })}
          <ExternalIcon />
        </a>
      )}
    </div>
  );
}

export interface FieldControlProps {
  field: FieldSpec;
  value: string;
  describedBy: string | undefined;
  isInvalid: boolean;
  isAutofocus: boolean;
  onValue: (value: string) => void;
}

// Always type=text (our validation, not the browser's, decides); inputMode picks the phone keyboard.
const inputModeOf = (field: FieldSpec) => (field.format === 'email' ? 'email' : field.format === 'uri' ? 'url' : 'text');

/** The input itself: a native select for an `enum`, else a text or password input with its adornments. */
export function FieldControl({ field, value, describedBy, isInvalid, isAutofocus, onValue }: FieldControlProps) {
  const common = {
    id: `pb-field-${field.key}`,
    name: field.key,
    'aria-describedby': describedBy,
    'aria-invalid': isInvalid,
    'aria-required': field.isRequired,
    'data-autofocus': isAutofocus ? '' : undefined,
  };
  const text = {
    class: 'pb-input pb-input-bare',
    value,
    // "e.g." so an example does not read as a value already filled in.
    placeholder: field.placeholder ? t('form.example', { example: field.placeholder }) : undefined,
    spellcheck: false,
    dir: 'auto',
    onInput: (event: { currentTarget: HTMLInputElement }) => onValue(event.currentTarget.value),
  } as const;
  if (field.options) {
    return (
      <select {...common} class="pb-input pb-select" value={value} onChange={(event) => onValue(event.currentTarget.value)}>
        {field.isOptional && <option value="">{t('form.none')}</option>}
        {field.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }
  return (
    <div class={isInvalid ? 'pb-input-group pb-invalid' : 'pb-input-group'}>
      {field.prefix && <span class="pb-adornment" aria-hidden="true">{field.prefix}</span>}
      {field.isSecret ? (
        <input {...common} {...text} type="password" autoComplete="new-password" />
      ) : (
        <input {...common} {...text} type="text" inputMode={inputModeOf(field)} autoComplete="off" />
      )}
      {field.suffix && <span class="pb-adornment" aria-hidden="true">{field.suffix}</span>}
    </div>
  );
}
