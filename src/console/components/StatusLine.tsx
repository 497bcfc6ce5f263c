import type { Task } from '../models/task';
import { strings } from '../strings';

/**
 * A task's progress, failure and confirmation. The live regions exist before their text
 * arrives, so screen readers announce each change.
 */
export function StatusLine({ task, busyText = strings.common.loading }: { task: Task; busyText?: string }) {
  const error = task.error.value;
  return (
    <div class="pbc-status">
      <p role="status" class="pbc-status-line">
        {task.isBusy.value ? <span class="pbc-progress">{busyText}</span> : task.notice.value}
      </p>
      <p role="alert" class="pbc-error-line">
        {error}
      </p>
    </div>
  );
}
