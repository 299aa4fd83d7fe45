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

/** ‹ and › through the list the article was opened from (J and K). */
function StepButtons({ previous, next }: Pick<Props, 'previous' | 'next'>) {
  const steps = [
    { testid: 'reader-previous', label: t('readerPrevious'), key: 'K', text: '‹', run: previous },
    { testid: 'reader-next', label: t('readerNext'), key: 'J', text: '›', run: next },
  ];
  return (
    <span class="reader-step">
      {steps.map((s) => (
        <button
          key={s.testid}
          type="button"
          data-testid={s.testid}
          aria-label={s.label}
          title={`${s.label} (${s.key})`}
          disabled={!s.run}
          onClick={() => s.run?.()}
        >
          {s.text}
        </button>
      ))}
    </span>
  );
}

/** The article's tags, edited as a comma-separated list. */
function TagsForm({ article, onPatch }: Pick<Props, 'article' | 'onPatch'>) {
  const [tags, setTags] = useState(article.tags.join(', '));
  return (
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
  );
}

/** The reader's toolbar; native buttons and a form, so all of it is keyboard reachable. */
export function ReaderToolbar(p: Props) {
  const { article, onPatch } = p;
  const archived = article.status === 'archived';
  return (
    <div class="reader-toolbar">
      <button type="button" data-testid="reader-back" onClick={p.onBack}>
        ← {t('libraryBack')}
      </button>
      <StepButtons previous={p.previous} next={p.next} />
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
      <TagsForm article={article} onPatch={onPatch} />
      <button type="button" data-testid="reader-delete" onClick={p.onDelete}>
        {t('libraryDelete')}
      </button>
      <button type="button" data-testid="reader-export-markdown" onClick={p.onExport}>
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
        onClick={p.onHelp}
      >
        ?
      </button>
    </div>
  );
}
