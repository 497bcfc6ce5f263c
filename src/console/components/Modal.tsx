import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { strings } from '../strings';
import { focusInto, trapTab } from './focus';

export interface ModalProps {
  title: string;
  /** Changes when the content changes (a new step): focus then moves into it. */
  focusKey: string;
  isBusy?: boolean;
  onClose: () => void;
  children: ComponentChildren;
}

/** A modal dialog like the widget's: focus moves in, stays in, and returns to the opener on close. */
export function Modal({ title, focusKey, isBusy = false, onClose, children }: ModalProps) {
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    if (dialog.current) focusInto(dialog.current);
  }, [focusKey]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !isBusy) {
      event.stopPropagation();
      onClose();
    }
    if (dialog.current) trapTab(event, dialog.current);
  };

  return (
    <div class="pbc-backdrop">
      <div ref={dialog} class="pbc-modal" role="dialog" aria-modal="true" aria-labelledby="pbc-modal-title" aria-busy={isBusy} onKeyDown={onKeyDown}>
        <header class="pbc-modal-header">
          <h2 id="pbc-modal-title" class="pbc-modal-title" tabIndex={-1}>
            {title}
          </h2>
          <button type="button" class="pbc-icon-button" aria-label={strings.common.close} onClick={onClose} disabled={isBusy}>
            ✕
          </button>
        </header>
        <div class="pbc-modal-body">{children}</div>
      </div>
    </div>
  );
}
