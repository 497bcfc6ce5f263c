import { t } from '../i18n';
import type { FieldSpec } from './field-spec';

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
