import type { TabId } from '../models/tabs-model';
import type { Task } from '../models/task';
import { strings } from '../strings';

/**
 * A task's progress, failure and confirmation. The live regions exist before their text
 * arrives, so screen readers announce each change. A confirmation may link to another tab.
 */
export function StatusLine({ task, busyText = strings.common.loading, onLink }: { task: Task; busyText?: string; onLink?: (tab: TabId) => void }) {
  const error = task.error.value;
  const link = task.noticeLink.value;
  return (
    <div class="pbc-status">
      <p role="status" class="pbc-status-line">
        {task.isBusy.value ? <span class="pbc-progress">{busyText}</span> : task.notice.value}
        {!task.isBusy.value && link && onLink && (
          <>
            {' '}
            <button type="button" class="pbc-link-button" onClick={() => onLink(link.tab)}>
              {link.label}
            </button>
          </>
        )}
      </p>
      <p role="alert" class="pbc-error-line">
        {error}
      </p>
    </div>
  );
}
