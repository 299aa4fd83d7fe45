/** The library's all-highlights view: searchable, grouped by article, each linking to its place. */
import { useMemo, useState } from 'preact/hooks';
import { groupHighlights, linkToQuote } from '@/utils/highlights/group-highlights';
import { quoteOf } from '@/utils/highlights/model';
import { writeLibraryState } from '@/utils/library/library-state';
import { t } from '@/utils/shared/i18n';
import type { LiseuseDatabase } from '@/utils/store';
import { HighlightList } from './HighlightList';
import { useAllHighlights } from './use-all-highlights';

/** Every highlight and note in the library. */
export function AllHighlights({ db }: { db: LiseuseDatabase }) {
  const data = useAllHighlights(db);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => (data ? groupHighlights(data.rows, data.articles, query) : []), [data, query]);
  return (
    <section class="hl-all" aria-labelledby="all-highlights-heading" data-testid="all-highlights">
      <h2 id="all-highlights-heading">{t('hlAllTitle')}</h2>
      <input
        type="search"
        class="hl-search"
        data-testid="highlights-search"
        aria-label={t('hlSearch')}
        placeholder={t('hlSearch')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {data && !data.rows.length && <p class="hl-empty">{t('hlAllEmpty')}</p>}
      {data && data.rows.length > 0 && !groups.length && <p class="hl-empty">{t('hlNoMatch')}</p>}
      {groups.map((g) => (
        <div key={g.url} class="hl-group" data-testid="highlight-group">
          <h3>{g.title}</h3>
          <HighlightList
            annotations={g.annotations}
            onTag={setQuery}
            renderExtra={(a) => (
              <p class="hl-links">
                <a
                  class="hl-link"
                  href={linkToQuote(g.url, quoteOf(a))}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {t('hlOpenPage')}
                </a>
                {g.articleId && (
                  <a
                    class="hl-link"
                    href={`/library.html${writeLibraryState({ query: '', filters: {}, articleId: g.articleId })}`}
                  >
                    {t('hlOpenSaved')}
                  </a>
                )}
              </p>
            )}
          />
        </div>
      ))}
    </section>
  );
}
