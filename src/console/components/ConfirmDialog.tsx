import type { ConfirmModel } from '../models/confirm-model';
import { strings } from '../strings';
import { Modal } from './Modal';
import { StatusLine } from './StatusLine';

/** The confirmation asked before deleting or rotating; Cancel has focus, so Enter never destroys by accident. */
export function ConfirmDialog({ model }: { model: ConfirmModel }) {
  const request = model.request.value;
  if (!request) return null;
  const isBusy = model.task.isBusy.value;
  return (
    <Modal title={request.title} focusKey={request.title} isBusy={isBusy} onClose={model.cancel}>
      <p class="pbc-lead">{request.body}</p>
      <StatusLine task={model.task} busyText={strings.common.saving} />
      <div class="pbc-actions">
        <button type="button" class="pbc-button" data-autofocus="" onClick={model.cancel} disabled={isBusy}>
          {strings.common.cancel}
        </button>
        <button type="button" class="pbc-button pbc-button-danger" onClick={() => void model.confirm()} disabled={isBusy}>
          {request.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
