import '@/assets/tokens.css';
import '@/components/library/library.css';
import { render } from 'preact';
import { Lazy } from '@/components/library/Lazy';
import { LibraryApp } from '@/components/library/LibraryApp';
import { t, uiLanguage } from '@/utils/shared/i18n';
import { getDatabase, requestPersistentStorage } from '@/utils/store';

// The settings and highlights views are split out of the first screen's script: the list paints without them.
const loadSettings = () => import('@/components/library/SettingsPage').then((m) => m.SettingsPage);
const loadHighlights = () => import('@/components/highlights/AllHighlights').then((m) => m.AllHighlights);

document.documentElement.lang = uiLanguage();
document.title = `${t('libraryTitle')} · ${t('extName')}`;
void requestPersistentStorage();
const root = document.getElementById('app');
if (root) {
  const db = getDatabase();
  render(
    <LibraryApp
      db={db}
      settings={(refresh) => <Lazy load={loadSettings} props={{ db, onImported: refresh }} />}
      highlights={<Lazy load={loadHighlights} props={{ db }} />}
    />,
    root,
  );
}
