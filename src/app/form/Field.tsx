import { t } from '../i18n';
import type { FieldSpec } from './field-spec';
import { labelText } from './label-text';
import { issueMessages, type FieldIssue } from './validate-field';
import { ExternalIcon } from '../shell/more-icons';
import { FieldControl } from './FieldControl';

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
