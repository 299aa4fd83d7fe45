import '@/assets/tokens.css';
import { render } from 'preact';
import { SiteAccessPrompt } from '@/components/highlights/SiteAccessPrompt';
import { t, uiLanguage } from '@/utils/shared/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('hlSiteAccessTitle');
const root = document.getElementById('app');
if (root) render(<SiteAccessPrompt site={new URLSearchParams(location.search).get('site') ?? ''} />, root);
