import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { copyText } from './copy-text';

type CopyState = 'idle' | 'copied' | 'failed';

/** AWS_SIGV4: the External ID the user puts in their IAM role's trust policy. */
export function ExternalIdBox({ externalId }: { externalId: string }) {
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const copy = async () => setCopyState((await copyText(externalId)) ? 'copied' : 'failed');

  return (
    <section class="pb-external-id" aria-labelledby="pb-external-id-title">
      <h2 id="pb-external-id-title" class="pb-label">
        {t('aws.title')}
      </h2>
      <p class="pb-help">{t('aws.description')}</p>
      <div class="pb-external-id-row">
        <code class="pb-code">{externalId}</code>
        <button type="button" class="pb-button pb-button-secondary" onClick={copy}>
          {t('aws.copy')}
        </button>
      </div>
      <p class="pb-help" role="status">
        {copyState === 'copied' ? t('aws.copied') : copyState === 'failed' ? t('aws.copyFailed') : ''}
      </p>
    </section>
  );
}
