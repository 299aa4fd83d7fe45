import '@/assets/tokens.css';
import '@/assets/popup.css';
import { render } from 'preact';
import { PopupApp, type PopupRunDeps, runPopup } from '@/components/popup/PopupApp';
import { warmMainThreadPipeline } from '@/utils/article/tab/analyze-on-main-thread';
import { browserTabAccess, resolveTargetTab } from '@/utils/article/tab/browser-tab-access';
import { t, uiLanguage } from '@/utils/shared/i18n';

performance.mark('liseuse:popup-script');
// The analysis pipeline (preloaded by the page) loads while the page's snapshot is taken (most pages are
// analysed here). A failure to load shows when the analysis awaits it.
warmMainThreadPipeline().catch(() => undefined);
document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  const deps: PopupRunDeps = {
    access: browserTabAccess,
    resolveTab: () => resolveTargetTab(location.search),
  };
  // The page's snapshot is asked for before the first render, so the browser takes it while the popup paints.
  render(<PopupApp {...deps} firstRun={runPopup(deps)} />, root);
  // Closing the popup ends a huge page's analysis at once, rather than whenever the browser reclaims the page.
  addEventListener('pagehide', () => browserTabAccess.stop?.());
}
