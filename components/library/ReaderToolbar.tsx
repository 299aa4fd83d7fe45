/**
 * Actions on the article being read: back, previous and next, archive, favourite, tags, delete,
 * export as Markdown, open the original, and the keyboard shortcuts.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { Article, ArticlePatch } from '@/utils/store';

interface Props {
  article: Article;
  previous: (() => void) | null;
  next: (() => void) | null;
  onBack: () => void;
  onPatch: (patch: ArticlePatch) => void;
  onDelete: () => void;
  onExport: () => void;
  onHelp: () => void;
}

const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

/** The reader's toolbar; native buttons and a form, so all of it is keyboard reachable. */
export function ReaderToolbar({
  article,
  previous,
  next,
  onBack,
  onPatch,
  onDelete,
  onExport,
  onHelp,
}: Props) {
  const [tags, setTags] = useState(article.tags.join(', '));
  const archived = article.status === 'archived';
  return (
    <div class="reader-toolbar">
      <button type="button" data-testid="reader-back" onClick={onBack}>
        ← {t('libraryBack')}
      </button>
      <span class="reader-step">
        <button
          type="button"
          data-testid="reader-previous"
          aria-label={t('readerPrevious')}
          title={`${t('readerPrevious')} (K)`}
          disabled={!previous}
          onClick={() => previous?.()}
        >
          ‹
        </button>
        <button
          type="button"
          data-testid="reader-next"
          aria-label={t('readerNext')}
          title={`${t('readerNext')} (J)`}
          disabled={!next}
          onClick={() => next?.()}
        >
          ›
        </button>
      </span>
      <button
        type="button"
        data-testid="reader-archive"
        title="A"
        onClick={() => onPatch({ status: archived ? 'unread' : 'archived' })}
      >
        {archived ? t('libraryUnarchive') : t('libraryArchive')}
      </button>
      <button
        type="button"
        data-testid="reader-favorite"
        title="F"
        aria-pressed={article.favorite === 1}
        onClick={() => onPatch({ favorite: article.favorite !== 1 })}
      >
        {article.favorite ? `★ ${t('libraryUnfavorite')}` : `☆ ${t('libraryFavorite')}`}
      </button>
      <form
        class="reader-tags"
        onSubmit={(e) => {
          e.preventDefault();
          onPatch({ tags: parseTags(tags) });
        }}
      >
        <label>
          {t('libraryTagsLabel')}{' '}
          <input data-testid="reader-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{t('librarySaveTags')}</button>
      </form>
      <button type="button" data-testid="reader-delete" onClick={onDelete}>
        {t('libraryDelete')}
      </button>
      <button type="button" data-testid="reader-export-markdown" onClick={onExport}>
        {t('readerExportMarkdown')}
      </button>
      <a href={article.originalUrl || article.url} target="_blank" rel="noopener noreferrer">
        {t('libraryOpenOriginal')}
      </a>
      <button
        type="button"
        class="reader-help"
        data-testid="reader-shortcuts"
        aria-label={t('readerShortcuts')}
        title={`${t('readerShortcuts')} (?)`}
        onClick={onHelp}
      >
        ?
      </button>
    </div>
  );
}
