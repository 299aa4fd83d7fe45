import '@/assets/tokens.css';
import '@/components/library/library.css';
import { render } from 'preact';
import { Lazy } from '@/components/library/Lazy';
import { LibraryApp } from '@/components/library/LibraryApp';
import { t, uiLanguage } from '@/utils/shared/i18n';
import { getDatabase, requestPersistentStorage } from '@/utils/store';

// Side panels are split out of the first screen's script: the list paints without them.
const loadImportExport = () => import('@/components/library/ImportExport').then((m) => m.ImportExport);
const loadHighlights = () => import('@/components/highlights/AllHighlights').then((m) => m.AllHighlights);
const loadSync = () => import('@/components/sync/SyncSettings').then((m) => m.SyncSettings);

document.documentElement.lang = uiLanguage();
document.title = `${t('libraryTitle')} · ${t('extName')}`;
void requestPersistentStorage();
const root = document.getElementById('app');
if (root) {
  const db = getDatabase();
  render(
    <LibraryApp
      db={db}
      importExport={(refresh) => (
        <>
          <Lazy load={loadImportExport} props={{ db, onImported: refresh }} />
          <Lazy load={loadSync} props={{}} />
        </>
      )}
      highlights={<Lazy load={loadHighlights} props={{ db }} />}
    />,
    root,
  );
}
