/** The analysed page: notices, summary, actions, entities, related stories, then registered sections. */

import { browser } from 'wxt/browser';
import { EntityList } from '@/components/EntityList';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ArticleSummary } from '@/components/popup/ArticleSummary';
import { POPUP_ACTIONS, POPUP_SECTIONS } from '@/components/popup/sections';
import { useLibraryRelated } from '@/components/popup/useLibraryRelated';
import { RelatedList } from '@/components/RelatedList';
import type { ArticleAnalysis, Entity } from '@/utils/analysis/types';
import { t } from '@/utils/i18n/t';
import { libraryPathForArticle, libraryPathForEntityName } from '@/utils/library/saved-lookup';
import type { PopupErrorCode } from '@/utils/popup/outcome';

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

/** Everything the popup knows about the page; headings give screen readers a map. */
export function AnalysisView({ analysis, notices, tabId, onRetry }: AnalysisViewProps) {
  const fromLibrary = useLibraryRelated(analysis, LIBRARY_STORIES);
  const stories = [...analysis.related.slice(0, PAGE_STORIES), ...fromLibrary];
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
      <ArticleSummary analysis={analysis} />
      {POPUP_ACTIONS.length > 0 && (
        <div class="actions">
          {POPUP_ACTIONS.map(({ id, Component }) => (
            <Component key={id} analysis={analysis} tabId={tabId} />
          ))}
        </div>
      )}
      <section class="section" aria-labelledby="entities-heading">
        <h2 id="entities-heading">{t('popupEntitiesHeading')}</h2>
        <EntityList entities={analysis.entities} onSelect={openEntityInLibrary} />
      </section>
      <section class="section" aria-labelledby="related-heading">
        <h2 id="related-heading">{t('popupRelatedHeading')}</h2>
        <RelatedList stories={stories} limit={stories.length} libraryHref={libraryHref} />
      </section>
      {POPUP_SECTIONS.map(({ id, Component }) => (
        <Component key={id} analysis={analysis} tabId={tabId} />
      ))}
    </>
  );
}
