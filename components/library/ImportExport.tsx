/** The library's import/export panel: import from Pocket, Instapaper, Omnivore, Liseuse and highlight files; export the library and highlights. */

import { t } from '@/utils/shared/i18n';
import type { LiseuseDatabase } from '@/utils/store';
import { ExportButtons } from './ExportButtons';
import { ImportPanel } from './ImportPanel';

interface Props {
  /** Defaults to the shared library database. */
  db?: LiseuseDatabase;
  /** Called after an import wrote something, so the library can refresh its list. */
  onImported?: () => void;
}

/** Import and export, side by side; all native controls, so keyboard reachable. */
export function ImportExport({ db, onImported }: Props) {
  return (
    <section class="io-panel" data-testid="import-export" aria-labelledby="io-title">
      <h3 id="io-title">{t('ioTitle')}</h3>
      <ImportPanel onImported={onImported} />
      <ExportButtons db={db} />
    </section>
  );
}
