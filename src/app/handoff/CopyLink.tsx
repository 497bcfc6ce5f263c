import { useRef, useState } from 'preact/hooks';
import { copyText } from '../form/copy-text';
import { t } from '../i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/** Puts the selected text on the clipboard the old way, where the Clipboard API is not allowed (a frame without permission). */
function copySelection(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** The link, readable and selectable, and a button that copies it (else selects it for the user to copy). */
export function CopyLink({ link }: { link: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    if (await copyText(link)) return setState('copied');
    input.current?.focus();
    input.current?.select();
    setState(copySelection() ? 'copied' : 'failed');
  };
  return (
    <div class="pb-copy-link">
      <div class="pb-copy-link-row">
        <input ref={input} class="pb-input pb-code" dir="ltr" readOnly value={link} aria-label={t('handoff.linkLabel')} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" class="pb-button pb-button-secondary" onClick={copy}>
          {t('handoff.copy')}
        </button>
      </div>
      <p class="pb-help" role="status">
        {state === 'copied' ? t('handoff.copied') : state === 'failed' ? t('handoff.copyFailed') : ''}
      </p>
    </div>
  );
}
