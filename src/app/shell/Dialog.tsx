import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { showWatermark } from '../theme';
import { t } from '../i18n';
import { focusScreen, trapTab } from './focus';

export interface DialogProps {
  /** Changes when a new screen appears: focus then moves into it. `null` keeps focus where it is. */
  focusKey: string | null;
  /**
   * A screen that only waits (the loader) gives focus to the dialog itself, which stays when the
   * screen is replaced: a focused element that is removed drops focus to the page, and costs the
   * browser a style pass in the very task that paints the next screen.
   */
  focusFrame?: boolean;
  variant: 'modal' | 'embedded' | 'page' | 'inline';
  /** The host turned the "Secured by" line off. */
  hideFooter?: boolean;
  children: ComponentChildren;
}

/**
 * The modal frame: backdrop, labelled dialog, focus kept inside and moved on each new screen.
 * Inline it is a labelled region of the host's page instead: no trap, and focus moves only while
 * the user is in the widget (it never takes focus from the host's page).
 */
export function Dialog({ focusKey, focusFrame, variant, hideFooter, children }: DialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const isInline = variant === 'inline';

  // In the next frame's animation callback: before that frame paints, so the new screen never
  // shows without its focus, and outside the task that rendered it, whose style pass focusing
  // would force there (tens of ms for a list on a slow phone) when the frame does it anyway.
  useLayoutEffect(() => {
    if (focusKey === null) return;
    const frame = requestAnimationFrame(() => {
      if (dialog.current && (!isInline || document.hasFocus())) (focusFrame ? dialog.current.focus() : focusScreen(dialog.current));
    });
    return () => cancelAnimationFrame(frame);
  }, [focusKey]);

  return (
    <div class={`pb-backdrop pb-${variant}`}>
      <div
        ref={dialog}
        class="pb-dialog"
        role={isInline ? 'region' : 'dialog'}
        aria-modal={isInline ? undefined : 'true'}
        aria-labelledby="pb-title"
        tabIndex={-1}
        onKeyDown={(event) => !isInline && dialog.current && trapTab(event, dialog.current)}
      >
        {children}
        {showWatermark.value && !hideFooter && <p class="pb-watermark">{t('common.securedBy')}</p>}
      </div>
    </div>
  );
}
