/** One row of the library list: title, site, reading time, progress, favourite and tags. */

import { t } from '@/utils/shared/i18n';
import type { ArticleSummary } from '@/utils/store';
import { articleSummaryProblem } from '@/utils/store/validate-rows';

interface Props {
  summary: ArticleSummary | undefined;
  index: number;
  count: number;
  top: number;
  height: number;
  onOpen: (id: string) => void;
  id: string;
}

/** A list row, absolutely positioned by the virtual list. */
export function ArticleRow({ summary: row, index, count, top, height, onOpen, id }: Props) {
  // A row damaged before imports were checked (or by hand) is listed as such, never rendered as is.
  const damaged = row !== undefined && articleSummaryProblem(row) !== null;
  const summary = damaged ? undefined : row;
  const progress = Math.round((summary?.progress ?? 0) * 100);
  return (
    <li
      class="library-row"
      style={{ top: `${top}px`, height: `${height}px` }}
      aria-setsize={count}
      aria-posinset={index + 1}
    >
      <button
        type="button"
        class="library-item"
        data-testid="library-item"
        data-index={index}
        data-id={id}
        onClick={() => onOpen(id)}
      >
        <span class="library-item-title">
          {summary?.favorite ? (
            <span role="img" title={t('libraryFavoriteMark')} aria-label={t('libraryFavoriteMark')}>
              ★{' '}
            </span>
          ) : null}
          {damaged ? t('libraryDamagedItem') : (summary?.title ?? t('libraryLoading'))}
        </span>
        {summary ? (
          <span class="library-item-meta">
            <span>{summary.siteName || summary.site}</span>
            {summary.readingTimeMinutes > 0 ? (
              <span>{t('libraryReadingTime', String(summary.readingTimeMinutes))}</span>
            ) : null}
            {progress > 0 ? <span>{t('libraryProgress', String(progress))}</span> : null}
            {summary.status === 'archived' ? <span>{t('libraryStatusArchived')}</span> : null}
            {summary.tags.map((tag) => (
              <span class="library-chip" key={tag}>
                {tag}
              </span>
            ))}
          </span>
        ) : null}
      </button>
    </li>
  );
}
