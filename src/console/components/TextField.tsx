export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  help?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'password' | 'url';
  isAutofocus?: boolean;
  isReadOnly?: boolean;
  placeholder?: string;
}

/** Label above, help under the label, error under the field, all tied to the input for screen readers. */
export function TextField({ id, label, value, onInput, help, error, type = 'text', isAutofocus = false, isReadOnly = false, placeholder }: TextFieldProps) {
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class="pbc-field">
      <label for={id} class="pbc-label">
        {label}
      </label>
      {help && (
        <p id={`${id}-help`} class="pbc-help">
          {help}
        </p>
      )}
      <input
        id={id}
        name={id}
        class="pbc-input"
        {...inputType(type)}
        value={value}
        readOnly={isReadOnly}
        placeholder={placeholder}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        data-autofocus={isAutofocus ? '' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="pbc-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

// Preact 11 types each `type` separately (a password input takes no `role`), so a union value
// does not type-check as one attribute; each literal does.
function inputType(type: 'text' | 'password' | 'url') {
  if (type === 'password') return { type: 'password' } as const;
  if (type === 'url') return { type: 'url' } as const;
  return { type: 'text' } as const;
}
