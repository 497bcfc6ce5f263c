import type { ConsoleModel } from '../models/console-model';
import { strings } from '../strings';
import { ConfigureForm } from './ConfigureForm';
import { Modal } from './Modal';
import { ProviderPicker } from './ProviderPicker';

/** "Configure new integration" (pick an API, then configure it) and "Edit", in one dialog. */
export function IntegrationEditor({ model }: { model: ConsoleModel }) {
  const { editor, catalogue, session } = model;
  const step = editor.step.value;
  if (step === 'closed') return null;
  const originalKey = editor.originalKey.value;
  const title = originalKey === null ? strings.editor.createTitle : strings.editor.editTitle(originalKey);
  return (
    <Modal title={title} focusKey={step} isBusy={editor.task.isBusy.value} onClose={editor.close}>
      {step === 'pick' ? (
        <ProviderPicker catalogue={catalogue} onPick={editor.pickProvider} />
      ) : (
        <ConfigureForm editor={editor} callbackUrl={session.environment.value?.callback_url ?? ''} />
      )}
    </Modal>
  );
}
