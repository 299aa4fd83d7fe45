/** Bulk actions on the selected rows: archive (or back to the Inbox), add a tag, delete; each can be undone. */
import { useState } from 'preact/hooks';
import type { LibraryView } from '@/utils/library/library-state';
import { plural, t } from '@/utils/shared/i18n';

interface Props {
  view: LibraryView;
  count: number;
  onArchive: (archived: boolean) => void;
  onTag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** A toolbar (Tab reaches each control), announced when the selection changes. */
export function SelectionBar({ view, count, onArchive, onTag, onDelete, onClear }: Props) {
  const [tag, setTag] = useState('');
  const unarchive = view === 'archive';
  return (
    <div class="selection-bar" role="toolbar" aria-label={t('libraryBulkLabel')} data-testid="selection-bar">
      <span class="selection-count" role="status" data-testid="selection-count">
        {plural('librarySelected', count)}
      </span>
      <button type="button" data-testid="bulk-archive" onClick={() => onArchive(!unarchive)}>
        {unarchive ? t('libraryBulkUnarchive') : t('libraryBulkArchive')}
      </button>
      <form
        class="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          const value = tag.trim();
          if (!value) return;
          onTag(value);
          setTag('');
        }}
      >
        <input
          data-testid="bulk-tag-input"
          aria-label={t('libraryBulkTagPlaceholder')}
          placeholder={t('libraryBulkTagPlaceholder')}
          value={tag}
          onInput={(e) => setTag(e.currentTarget.value)}
        />
        <button type="submit" data-testid="bulk-tag">
          {t('libraryBulkTag')}
        </button>
      </form>
      <button type="button" class="danger" data-testid="bulk-delete" onClick={onDelete}>
        {t('libraryBulkDelete')}
      </button>
      <button type="button" data-testid="bulk-clear" onClick={onClear}>
        {t('libraryBulkClear')}
      </button>
    </div>
  );
}
