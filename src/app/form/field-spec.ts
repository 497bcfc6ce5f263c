import type { MessageKey } from '../i18n/en';

export type FieldGroup = 'credentials' | 'params' | 'assertion_option';

/** Text from the provider (shown as is) or from our language files. */
export type Label = { text: string } | { key: MessageKey };

export type FieldFormat = 'hostname' | 'uuid' | 'uri' | 'email';

/** One input of the connect form, fully decided: components only render it. */
export interface FieldSpec {
  /** `group.name`: unique in the form, the key of its value. */
  key: string;
  group: FieldGroup;
  name: string;
  label: Label;
  description: string | null;
  placeholder: string | null;
  isSecret: boolean;
  format: FieldFormat | null;
  /** The provider's pattern, or null when it has none or it does not compile. */
  pattern: RegExp | null;
  /** Shows the "optional" badge and accepts an empty value. */
  isOptional: boolean;
  /** Empty is an error (neither optional nor with a default value). */
  isRequired: boolean;
  initialValue: string;
  isHidden: boolean;
  /** An `enum`: a select with these options. */
  options: string[] | null;
  prefix: string | null;
  suffix: string | null;
  /** The field's documentation link: always an absolute http(s) URL. */
  docUrl: string | null;
  order: number;
}

export interface FormSpec {
  displayName: string;
  authMode: string;
  /** Every field in display order, hidden ones included (they are submitted too). */
  fields: FieldSpec[];
  /** The "How do I connect …" guide: always an absolute http(s) URL. */
  guideUrl: string | null;
  /** AWS_SIGV4: the External ID to show and send. */
  externalId: string | null;
  showExternalId: boolean;
}
