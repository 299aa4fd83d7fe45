import '@/assets/tokens.css';
import '@/assets/popup.css';
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { t, uiLanguage } from '@/utils/i18n/t';
import { browserTabAccess, resolveTargetTab } from '@/utils/popup/browser-tab-access';

performance.mark('liseuse:popup-script');
document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  render(<PopupApp access={browserTabAccess} resolveTab={() => resolveTargetTab(location.search)} />, root);
}
