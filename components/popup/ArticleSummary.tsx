/** The popup's header for an analysed page: title, site and byline, reading time. */
import { ReadingTime } from '@/components/popup/ReadingTime';
import type { ArticleAnalysis } from '@/utils/article/types';
import { t } from '@/utils/shared/i18n';

function siteOf(analysis: ArticleAnalysis): string {
  if (analysis.siteName) return analysis.siteName;
  try {
    return new URL(analysis.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Title (as a heading), then "site · byline · reading time". `readable` false (a page that does not look like an
 * article: a home page, a section front) leaves the reading time out: such a page is not read through.
 */
export function ArticleSummary({
  analysis,
  readable = true,
}: {
  analysis: ArticleAnalysis;
  readable?: boolean;
}) {
  const site = siteOf(analysis);
  return (
    <header class="summary">
      <h1 class="summary-title" lang={analysis.lang || undefined} dir="auto">
        {analysis.title || site}
      </h1>
      <p class="summary-meta">
        {site && <span class="summary-site">{site}</span>}
        {analysis.byline && <span class="summary-byline">{t('popupByline', analysis.byline)}</span>}
        {readable && <ReadingTime minutes={analysis.readingTimeMinutes} />}
      </p>
    </header>
  );
}
