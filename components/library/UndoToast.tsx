/** A short-lived message at the bottom of the library, with an Undo button when the action can be undone. */
import { useEffect } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';

/** What the toast shows. */
export interface Toast {
  message: string;
  undo?: () => void;
}

const VISIBLE_MS = 8000;

/** Shows `toast` until it times out, is undone or dismissed; announced to screen readers. */
export function UndoToast({ toast, onDone }: { toast: Toast | null; onDone: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDone, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onDone]);
  return (
    <div class="library-toast" role="status" aria-live="polite">
      {toast ? (
        <span data-testid="library-toast">
          {toast.message}{' '}
          {toast.undo ? (
            <button
              type="button"
              data-testid="undo-button"
              onClick={() => {
                toast.undo?.();
                onDone();
              }}
            >
              {t('libraryUndo')}
            </button>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
