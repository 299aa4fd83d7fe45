/** Popup section: this page's highlights and notes, with the buttons that enable highlighting here. */
import type { PopupSectionProps } from '@/components/popup/sections';
import { t } from '@/utils/shared/i18n';
import { HighlightList } from './HighlightList';
import { usePageHighlights } from './use-page-highlights';

/** "Highlights and notes on this page", registered in the popup's sections. */
export function PageHighlights({ analysis, tabId }: PopupSectionProps) {
  const { state, start, remember, attach } = usePageHighlights(tabId, analysis.url, analysis.canonicalUrl);
  return (
    <section class="section" aria-labelledby="highlights-heading" data-testid="page-highlights">
      <h2 id="highlights-heading">{t('hlListTitle')}</h2>
      {state && (
        <>
          <div class="hl-actions">
            {!state.running && (
              <button
                type="button"
                class="hl-button"
                data-testid="highlight-start"
                onClick={() => void start()}
              >
                {t('hlStartHere')}
              </button>
            )}
            {!state.siteAccess && (
              <button
                type="button"
                class="hl-button"
                data-testid="highlight-remember-site"
                onClick={() => void remember()}
              >
                {t('hlRememberSite')}
              </button>
            )}
          </div>
          {state.siteAccess && <p class="hl-status">{t('hlSiteRemembered')}</p>}
          {state.failed && <p class="hl-status">{t('hlUnavailable')}</p>}
          <HighlightList
            annotations={state.annotations}
            orphans={state.orphans}
            ambiguous={state.ambiguous}
            onAttach={state.running ? attach : undefined}
          />
        </>
      )}
    </section>
  );
}
