/** Actions on the article being read: back, archive, favourite, tags, delete, open the original. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { Article, ArticlePatch } from '@/utils/store';

interface Props {
  article: Article;
  onBack: () => void;
  onPatch: (patch: ArticlePatch) => void;
  onDelete: () => void;
}

const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

/** The reader's toolbar; native buttons and a form, so all of it is keyboard reachable. */
export function ReaderToolbar({ article, onBack, onPatch, onDelete }: Props) {
  const [tags, setTags] = useState(article.tags.join(', '));
  const archived = article.status === 'archived';
  return (
    <div class="reader-toolbar">
      <button type="button" data-testid="reader-back" onClick={onBack}>
        ← {t('libraryBack')}
      </button>
      <button
        type="button"
        data-testid="reader-archive"
        onClick={() => onPatch({ status: archived ? 'unread' : 'archived' })}
      >
        {archived ? t('libraryUnarchive') : t('libraryArchive')}
      </button>
      <button
        type="button"
        data-testid="reader-favorite"
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
      <a href={article.originalUrl || article.url} target="_blank" rel="noopener noreferrer">
        {t('libraryOpenOriginal')}
      </a>
    </div>
  );
}
