import { t } from '../i18n';
import type { Label } from '../../client/form';

/** A built-in label in the widget's language; the provider's own text as it is. */
export const labelText = (label: Label): string => (label.key ? t(label.key) : label.text);
