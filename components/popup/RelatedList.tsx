/** Related stories as links that open in a new tab; only absolute http(s) URLs are ever rendered. */
import type { RelatedStory } from '@/utils/article/types';
import { t } from '@/utils/shared/i18n';

function safeHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

interface RelatedListProps {
  stories: RelatedStory[];
  limit?: number;
  /** Where a library story (with `articleId`) opens, e.g. its reader view; without it, its web URL. */
  libraryHref?: (articleId: string) => string;
  /** The page's language: its own stories' titles are in it (a library story's language is not known). */
  lang?: string;
}

function hrefOf(story: RelatedStory, libraryHref?: (articleId: string) => string): URL | null {
  if (story.source === 'library' && story.articleId && libraryHref)
    return new URL(libraryHref(story.articleId));
  return safeHttpUrl(story.url);
}

/** Up to `limit` stories, best first; each item holds one link (`rel=noopener`, new tab). */
export function RelatedList({ stories, limit = 6, libraryHref, lang }: RelatedListProps) {
  const shown = stories.flatMap((story) => {
    const url = hrefOf(story, libraryHref);
    return url ? [{ story, url }] : [];
  });
  if (shown.length === 0) return <p class="muted">{t('popupRelatedEmpty')}</p>;
  return (
    <ol class="related-list">
      {shown.slice(0, limit).map(({ story, url }) => (
        // `dir="auto"`: a title in Arabic or Hebrew sets its own line's direction and alignment.
        <li
          key={url.href}
          class="related-item"
          data-testid="related-item"
          data-source={story.source}
          dir="auto"
        >
          <a href={url.href} target="_blank" rel="noopener noreferrer">
            <span lang={(story.source === 'page' && lang) || undefined}>{story.title}</span>
            <span class="visually-hidden"> ({t('popupOpensInNewTab')})</span>
          </a>
          {story.source === 'library' && (
            <span class="related-badge" data-testid="library-badge" title={t('popupFromLibrary')}>
              {t('relatedLibraryBadge')}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
