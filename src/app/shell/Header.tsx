import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { BackIcon, CloseIcon } from './icons';

export interface HeaderProps {
  title: ComponentChildren;
  onBack?: (() => void) | null;
  onClose?: (() => void) | null;
  /** Keeps the title for screen readers only (the loader's skeleton draws its own). */
  isTitleHidden?: boolean;
}

/** Back, the screen title (which names the dialog), and close. */
export function Header({ title, onBack, onClose, isTitleHidden }: HeaderProps) {
  return (
    <header class="pb-header">
      {onBack && (
        <button type="button" class="pb-icon-button" aria-label={t('common.back')} onClick={onBack}>
          <BackIcon />
        </button>
      )}
      <h1 id="pb-title" class={isTitleHidden ? 'pb-title pb-visually-hidden' : 'pb-title'} tabIndex={-1}>
        {title}
      </h1>
      {onClose && (
        <button type="button" class="pb-icon-button pb-close" aria-label={t('common.close')} onClick={onClose}>
          <CloseIcon />
        </button>
      )}
    </header>
  );
}
