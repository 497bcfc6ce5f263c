import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { showWatermark } from '../theme';
import { t } from '../i18n';
import { focusScreen, trapTab } from './focus';

export interface DialogProps {
  /** Changes when a new screen appears: focus then moves into it. `null` keeps focus where it is. */
  focusKey: string | null;
  variant: 'modal' | 'embedded' | 'page';
  children: ComponentChildren;
}

/** The modal frame: backdrop, labelled dialog, focus kept inside and moved on each new screen. */
export function Dialog({ focusKey, variant, children }: DialogProps) {
  const dialog = useRef<HTMLDivElement>(null);

  // Before paint, so the new screen never shows without its focus.
  useLayoutEffect(() => {
    if (focusKey !== null && dialog.current) focusScreen(dialog.current);
  }, [focusKey]);

  return (
    <div class={`pb-backdrop pb-${variant}`}>
      <div
        ref={dialog}
        class="pb-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pb-title"
        onKeyDown={(event) => dialog.current && trapTab(event, dialog.current)}
      >
        {children}
        {showWatermark.value && <p class="pb-watermark">{t('common.securedBy')}</p>}
      </div>
    </div>
  );
}
