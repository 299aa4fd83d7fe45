import '@/assets/tokens.css';
import '@/assets/popup.css';
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { warmAnalysisWorker } from '@/utils/article/tab/analyze-in-worker';
import { browserTabAccess, resolveTargetTab } from '@/utils/article/tab/browser-tab-access';
import { t, uiLanguage } from '@/utils/shared/i18n';

performance.mark('liseuse:popup-script');
// The analysis worker (for huge pages) loads while the page's snapshot is taken, once the popup is idle.
setTimeout(warmAnalysisWorker, 0);
document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  render(<PopupApp access={browserTabAccess} resolveTab={() => resolveTargetTab(location.search)} />, root);
}
