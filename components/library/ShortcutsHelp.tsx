/** The list of the reader's keyboard shortcuts, in a modal dialog (Escape or Close closes it). */
import { useEffect, useRef } from 'preact/hooks';
import { READER_SHORTCUTS, type ReaderCommand } from '@/utils/library/reader/shortcuts';
import { type MessageKey, t } from '@/utils/shared/i18n';

const DESCRIPTIONS: Record<ReaderCommand, MessageKey> = {
  next: 'readerShortcutNext',
  previous: 'readerShortcutPrevious',
  archive: 'readerShortcutArchive',
  favorite: 'readerShortcutFavorite',
  highlight: 'readerShortcutHighlight',
  back: 'readerShortcutBack',
  help: 'readerShortcutHelp',
};

/** Shown while `open`; `onClose` when the reader closes it. */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      class="shortcuts-help"
      data-testid="shortcuts-help"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">{t('readerShortcuts')}</h2>
      <dl>
        {READER_SHORTCUTS.map((s) => (
          <div key={s.command}>
            <dt>
              <kbd>{(s.keys[0] ?? '').toUpperCase()}</kbd>
            </dt>
            <dd>{t(DESCRIPTIONS[s.command])}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" data-testid="shortcuts-close">
          {t('readerShortcutsClose')}
        </button>
      </form>
    </dialog>
  );
}
