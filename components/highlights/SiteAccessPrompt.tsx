/**
 * The small window that asks for one site's access (opened from the in-page toolbar): the browser
 * only shows a permission prompt after a click in an extension page, so the reader clicks here.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern } from '@/utils/highlights/site-pattern';
import { t } from '@/utils/shared/i18n';
import './highlights.css';

/** Asks to restore highlights on the site of `site` (a page URL). */
export function SiteAccessPrompt({ site }: { site: string }) {
  const origin = originPattern(site);
  const host = origin ? new URL(site).hostname : '';
  const [state, setState] = useState<'ask' | 'granted' | 'refused'>('ask');
  const allow = async () => {
    const granted = origin ? await browser.permissions.request({ origins: [origin] }) : false;
    setState(granted ? 'granted' : 'refused');
    if (granted) setTimeout(() => window.close(), 1200);
  };
  if (!origin) return <p class="hl-site-access">{t('hlUnavailable')}</p>;
  return (
    <main class="hl-site-access">
      <h1>{t('hlSiteAccessTitle')}</h1>
      <p>{t('hlSiteAccessQuestion', host)}</p>
      {state === 'ask' && (
        <div class="hl-actions">
          <button
            type="button"
            class="hl-button"
            data-testid="site-access-allow"
            onClick={() => void allow()}
          >
            {t('hlAllow')}
          </button>
          <button type="button" class="hl-button" onClick={() => window.close()}>
            {t('hlNotNow')}
          </button>
        </div>
      )}
      {state === 'granted' && <p role="status">{t('hlSiteRemembered')}</p>}
      {state === 'refused' && <p role="status">{t('hlSiteAccessRefused')}</p>}
    </main>
  );
}
