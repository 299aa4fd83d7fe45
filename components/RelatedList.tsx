/** Related stories as links that open in a new tab; only absolute http(s) URLs are ever rendered. */
import type { RelatedStory } from '@/utils/analysis/types';
import { t } from '@/utils/i18n/t';

function safeHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** Up to `limit` stories, best first; each item holds one link (`rel=noopener`, new tab). */
export function RelatedList({ stories, limit = 6 }: { stories: RelatedStory[]; limit?: number }) {
  const shown = stories.flatMap((story) => {
    const url = safeHttpUrl(story.url);
    return url ? [{ story, url }] : [];
  });
  if (shown.length === 0) return <p class="muted">{t('popupRelatedEmpty')}</p>;
  return (
    <ol class="related-list">
      {shown.slice(0, limit).map(({ story, url }) => (
        <li key={url.href} class="related-item" data-testid="related-item" data-source={story.source}>
          <a href={url.href} target="_blank" rel="noopener noreferrer">
            {story.title}
            <span class="visually-hidden"> ({t('popupOpensInNewTab')})</span>
          </a>
          {story.source === 'library' && <span class="related-meta">{t('popupFromLibrary')}</span>}
        </li>
      ))}
    </ol>
  );
}
