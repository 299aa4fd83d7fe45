/** The analysed page: notices, summary, actions, entities, related stories, then registered sections. */
import { EntityList } from '@/components/EntityList';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ArticleSummary } from '@/components/popup/ArticleSummary';
import { POPUP_ACTIONS, POPUP_SECTIONS } from '@/components/popup/sections';
import { RelatedList } from '@/components/RelatedList';
import type { ArticleAnalysis } from '@/utils/analysis/types';
import { t } from '@/utils/i18n/t';
import type { PopupErrorCode } from '@/utils/popup/outcome';

interface AnalysisViewProps {
  analysis: ArticleAnalysis;
  notices: PopupErrorCode[];
  tabId: number;
  /** Runs the analysis again (offered on notices such as `still-loading`). */
  onRetry: () => void;
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
        <EntityList entities={analysis.entities} />
      </section>
      <section class="section" aria-labelledby="related-heading">
        <h2 id="related-heading">{t('popupRelatedHeading')}</h2>
        <RelatedList stories={analysis.related} />
      </section>
      {POPUP_SECTIONS.map(({ id, Component }) => (
        <Component key={id} analysis={analysis} tabId={tabId} />
      ))}
    </>
  );
}
