import type { ComponentChildren } from 'preact';
import { AlertIcon } from '../shell/icons';
import { Header } from '../shell/Header';

export interface MessageScreenProps {
  title: string;
  message: string;
  onClose: (() => void) | null;
  children?: ComponentChildren;
}

/** A screen that only explains: no token, token never came, session expired. Announced as an alert. */
export function MessageScreen({ title, message, onClose, children }: MessageScreenProps) {
  return (
    <>
      <Header title={title} onClose={onClose} />
      <div class="pb-body pb-centered">
        <span class="pb-badge pb-badge-warning">
          <AlertIcon />
        </span>
        <p role="alert" class="pb-lead">
          {message}
        </p>
        {children}
      </div>
    </>
  );
}
