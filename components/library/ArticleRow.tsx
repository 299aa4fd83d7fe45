/**
 * One row of the library list, what a reader scans: a selection box, the thumbnail (from the stored
 * lead image, never the network), title, excerpt, site, saved date, reading time, progress and tags.
 */
import { catalogueLanguage, t } from '@/utils/shared/i18n';
import type { ArticleSummary } from '@/utils/store';
import { articleSummaryProblem } from '@/utils/store/validate-rows';

interface Props {
  id: string;
  summary: ArticleSummary | undefined;
  /** Object URL of the thumbnail, when the article has one. */
  thumbnail: string | undefined;
  index: number;
  count: number;
  top: number;
  height: number;
  selected: boolean;
  onOpen: (id: string) => void;
  onToggle: (id: string, range: boolean) => void;
}

const dateFormat = new Map<string, Intl.DateTimeFormat>();

/** "12 Mar 2026" / « 12 mars 2026 », in the catalogue's language. */
export function savedDate(ms: number): string {
  const lang = catalogueLanguage();
  let format = dateFormat.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' });
    dateFormat.set(lang, format);
  }
  return format.format(ms);
}

function Thumbnail({ src, site }: { src: string | undefined; site: string }) {
  return (
    <span class="row-thumb" aria-hidden="true">
      {src ? (
        <img src={src} alt="" data-testid="row-thumbnail" />
      ) : (
        <span>{site.slice(0, 1).toUpperCase()}</span>
      )}
    </span>
  );
}

function Meta({ summary }: { summary: ArticleSummary }) {
  const progress = Math.round(summary.progress * 100);
  return (
    <span class="library-item-meta">
      <span>{summary.siteName || summary.site}</span>
      <span data-testid="row-saved">{t('librarySavedOn', savedDate(summary.savedAt))}</span>
      {summary.readingTimeMinutes > 0 ? (
        <span>{t('libraryReadingTime', String(summary.readingTimeMinutes))}</span>
      ) : null}
      {progress > 0 ? (
        <span class="row-progress" data-testid="row-progress">
          <span class="row-progress-bar" aria-hidden="true">
            <span style={{ width: `${progress}%` }} />
          </span>
          {t('libraryProgress', String(progress))}
        </span>
      ) : null}
      {summary.status === 'archived' ? <span>{t('libraryStatusArchived')}</span> : null}
      {summary.tags.map((tag) => (
        <span class="library-chip" key={tag}>
          {tag}
        </span>
      ))}
    </span>
  );
}

/** A list row, absolutely positioned by the virtual list. */
export function ArticleRow(p: Props) {
  const { id } = p;
  // A row damaged before imports were checked (or by hand) is listed as such, never rendered as is.
  const damaged = p.summary !== undefined && articleSummaryProblem(p.summary) !== null;
  const summary = damaged ? undefined : p.summary;
  const title = damaged ? t('libraryDamagedItem') : (summary?.title ?? t('libraryLoading'));
  return (
    <li
      class={`library-row${p.selected ? ' selected' : ''}`}
      style={{ top: `${p.top}px`, height: `${p.height}px` }}
      aria-setsize={p.count}
      aria-posinset={p.index + 1}
    >
      <input
        type="checkbox"
        class="row-select"
        data-testid="row-select"
        checked={p.selected}
        aria-label={t('librarySelectRow', title)}
        onClick={(e) => p.onToggle(id, e.shiftKey)}
      />
      <button
        type="button"
        class="library-item"
        data-testid="library-item"
        data-index={p.index}
        data-id={id}
        onClick={() => p.onOpen(id)}
      >
        <Thumbnail src={p.thumbnail} site={summary?.site ?? ''} />
        <span class="row-body">
          <span class="library-item-title">
            {summary?.favorite ? (
              <span role="img" title={t('libraryFavoriteMark')} aria-label={t('libraryFavoriteMark')}>
                ★{' '}
              </span>
            ) : null}
            {title}
          </span>
          {summary?.excerpt ? <span class="row-excerpt">{summary.excerpt}</span> : null}
          {summary ? <Meta summary={summary} /> : null}
        </span>
      </button>
    </li>
  );
}
