import { t } from '../i18n';
import type { Label } from './field-spec';

export const labelText = (label: Label): string => ('text' in label ? label.text : t(label.key));
