import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { Header } from '../shell/Header';
import { Logo } from '../shell/Logo';
import { SlowNotice } from '../shell/SlowNotice';
import { ExternalIcon } from '../shell/more-icons';
import type { FormModel } from './form-model';
import type { PendingModel } from '../machine/pending-model';
import type { Target } from '../machine/screen';
import { ExternalIdBox } from './ExternalIdBox';
import { FormFields } from './FormFields';

export interface FormScreenProps {
  target: Target;
  form: FormModel;
  pending: PendingModel;
  isSubmitting: boolean;
  onSubmit: () => void;
  /** The pointer is over Connect, or it has focus, or is being pressed: what the click needs may be fetched now. */
  onIntent?: () => void;
  onBack: (() => void) | null;
  onClose: (() => void) | null;
  /** "Continue on another device": offered on OAuth integrations. */
  onHandoff?: (() => void) | null;
}

/** The generated connect form. Submit is refused (and errors shown) until every field is valid. */
export function FormScreen({ target, form, pending, isSubmitting, onSubmit, onIntent, onBack, onClose, onHandoff = null }: FormScreenProps) {
  const { spec } = form;
  const name = spec.displayName;
  const [announcement, setAnnouncement] = useState('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (isSubmitting) return;
    onSubmit();
    // Focus the first field still wrong, so keyboard and screen-reader users land on it (its
    // error is read with it), and say once, not once per field, that something needs fixing.
    const firstWrong = form.visibleFields.find((field) => form.shownIssues.value[field.key]);
    if (firstWrong) document.getElementById(`pb-field-${firstWrong.key}`)?.focus();
    setAnnouncement(firstWrong ? t('failure.next') : '');
  };

  return (
    <>
      <Header title={t('form.title', { name })} onBack={onBack} onClose={onClose} />
      <div class="pb-body">
        <div class="pb-form-intro">
          <Logo url={target.integration.logo ?? target.provider.logo_url} name={name} size="large" />
          <p class="pb-description">{form.visibleFields.length > 0 ? t('form.description', { name }) : t('form.willConnect', { name })}</p>
        </div>
        {spec.showExternalId && spec.externalId && <ExternalIdBox externalId={spec.externalId} />}
        {form.hasInvalidPreset.value && <p class="pb-notice" role="alert">{t('form.invalidPreconfigured')}</p>}
        <p class="pb-visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <form class="pb-form" noValidate onSubmit={submit}>
          <FormFields form={form} />
          <button
            type="submit"
            class="pb-button pb-button-primary pb-submit"
            aria-disabled={isSubmitting}
            data-autofocus={form.visibleFields.length === 0 ? '' : undefined}
            onPointerEnter={onIntent}
            onPointerDown={onIntent}
            onFocus={onIntent}
          >
            {isSubmitting && <span class="pb-spinner" aria-hidden="true" />}
            {isSubmitting ? t('form.connecting') : t('form.connect')}
          </button>
        </form>
        {isSubmitting && <SlowNotice pending={pending} />}
        {onHandoff && !isSubmitting && (
          <button type="button" class="pb-link-button pb-guide" onClick={onHandoff}>
            {t('handoff.offer')}
          </button>
        )}
        {spec.guideUrl && (
          <a class="pb-link pb-guide" href={spec.guideUrl} target="_blank" rel="noopener noreferrer" aria-label={`${t('form.guide', { name })} ${t('form.opensInNewTab')}`}>
            {t('form.guide', { name })}
            <ExternalIcon />
          </a>
        )}
      </div>
    </>
  );
}
