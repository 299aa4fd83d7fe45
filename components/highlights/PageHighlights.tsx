/**
 * Popup section: this page's highlights and notes, with the buttons that enable highlighting here
 * and, until the highlighter runs, a hint naming every way to start (button, menu entry, shortcut).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PopupSectionProps } from '@/components/popup/sections';
import { writeLibraryState } from '@/utils/library/library-state';
import { t } from '@/utils/shared/i18n';
import { HighlightList } from './HighlightList';
import { usePageHighlights } from './use-page-highlights';

const DEFAULT_SHORTCUT = 'Alt+Shift+H';

/** The highlight command's shortcut as the reader set it (browsers let them change it). */
function useHighlightShortcut(): string {
  const [shortcut, setShortcut] = useState(DEFAULT_SHORTCUT);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) =>
        setShortcut(all.find((c) => c.name === 'highlight-selection')?.shortcut || DEFAULT_SHORTCUT),
      )
      .catch(() => undefined);
  }, []);
  return shortcut;
}

/** How to highlight without this popup, and where to turn the toolbar on for every site. */
function StartHint() {
  const shortcut = useHighlightShortcut();
  const settings = browser.runtime.getURL(`/library.html${writeLibraryState({ view: 'settings' })}`);
  return (
    <p class="hl-status hl-hint" data-testid="highlight-hint">
      {t('hlStartHint', shortcut)}{' '}
      <a href={settings} target="_blank" rel="noopener" data-testid="highlight-settings-link">
        {t('hlOpenSettings')}
      </a>
    </p>
  );
}

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
          {!state.running && <StartHint />}
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
