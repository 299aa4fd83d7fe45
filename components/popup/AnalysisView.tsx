/** The analysed page: notices, summary, actions, entities, related stories, then registered sections. */

import { browser } from 'wxt/browser';
import { ArticleSummary } from '@/components/popup/ArticleSummary';
import { EntityList } from '@/components/popup/EntityList';
import { ErrorMessage } from '@/components/popup/ErrorMessage';
import { RelatedList } from '@/components/popup/RelatedList';
import { POPUP_ACTIONS, POPUP_SECTIONS } from '@/components/popup/sections';
import { useLibraryRelated } from '@/components/popup/use-library-related';
import type { PopupErrorCode } from '@/utils/article/tab/outcome';
import type { ArticleAnalysis, Entity, RelatedStory } from '@/utils/article/types';
import { libraryPathForArticle, libraryPathForEntityName } from '@/utils/library/library-paths';
import { t } from '@/utils/shared/i18n';

interface AnalysisViewProps {
  analysis: ArticleAnalysis;
  notices: PopupErrorCode[];
  tabId: number;
  /** Runs the analysis again (offered on notices such as `still-loading`). */
  onRetry: () => void;
}

const PAGE_STORIES = 6;
const LIBRARY_STORIES = 3;

const libraryHref = (id: string) => browser.runtime.getURL(libraryPathForArticle(id));

function openEntityInLibrary(entity: Entity): void {
  void browser.tabs.create({ url: browser.runtime.getURL(libraryPathForEntityName(entity.text)) });
}

/**
 * The page's stories, then the library's once its lookup answers. While it runs and the page has none,
 * "checking your library" takes the place of "none found" (one line for another); a failure is said, not hidden.
 */
function RelatedSection({ analysis }: { analysis: ArticleAnalysis }) {
  const library = useLibraryRelated(analysis, LIBRARY_STORIES);
  const fromPage = analysis.related.slice(0, PAGE_STORIES);
  const fromLibrary: RelatedStory[] = library.status === 'ready' ? library.value : [];
  const stories = [...fromPage, ...fromLibrary];
  const checking = library.status === 'loading';
  return (
    <section class="section" aria-labelledby="related-heading" aria-busy={checking}>
      <h2 id="related-heading">{t('popupRelatedHeading')}</h2>
      {checking && stories.length === 0 ? (
        <p class="muted" data-testid="library-related-checking">
          {t('popupLibraryChecking')}
        </p>
      ) : (
        <RelatedList
          stories={stories}
          limit={stories.length}
          libraryHref={libraryHref}
          lang={analysis.lang}
        />
      )}
      {library.status === 'failed' && (
        <p class="muted" data-testid="library-related-error" role="status">
          {t('popupLibraryUnavailable')}
        </p>
      )}
    </section>
  );
}

/** Everything the popup knows about the page; headings give screen readers a map. */
export function AnalysisView({ analysis, notices, tabId, onRetry }: AnalysisViewProps) {
  return (
    <>
      {notices.map((code) => (
        <ErrorMessage
          key={code}
          code={code}
          notice
          onRetry={code === 'still-loading' ? onRetry : undefined}
        />
      ))}
      <ArticleSummary analysis={analysis} readable={!notices.includes('not-article')} />
      {POPUP_ACTIONS.length > 0 && (
        <div class="actions">
          {POPUP_ACTIONS.map(({ id, Component }) => (
            <Component key={id} analysis={analysis} tabId={tabId} />
          ))}
        </div>
      )}
      <section class="section" aria-labelledby="entities-heading">
        <h2 id="entities-heading">{t('popupEntitiesHeading')}</h2>
        <EntityList
          entities={analysis.entities}
          lang={analysis.lang}
          text={analysis.text}
          onSelect={openEntityInLibrary}
        />
      </section>
      <RelatedSection analysis={analysis} />
      {POPUP_SECTIONS.map(({ id, Component }) => (
        <Component key={id} analysis={analysis} tabId={tabId} />
      ))}
    </>
  );
}
