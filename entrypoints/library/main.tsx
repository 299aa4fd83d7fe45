import '@/assets/tokens.css';
import '@/components/library/library.css';
import { render } from 'preact';
import { AllHighlights } from '@/components/highlights/AllHighlights';
import { ImportExport } from '@/components/library/ImportExport';
import { LibraryApp } from '@/components/library/LibraryApp';
import { getDatabase, requestPersistentStorage } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n/t';
import { createReaderSanitizer } from '@/utils/library/reader-html';

document.documentElement.lang = uiLanguage();
document.title = `${t('libraryTitle')} · ${t('extName')}`;
void requestPersistentStorage();
const root = document.getElementById('app');
if (root) {
  const db = getDatabase();
  render(
    <LibraryApp
      db={db}
      sanitize={createReaderSanitizer(window)}
      importExport={(refresh) => <ImportExport db={db} onImported={refresh} />}
      highlights={<AllHighlights db={db} />}
    />,
    root,
  );
}
