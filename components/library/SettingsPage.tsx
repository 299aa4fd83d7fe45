/** The library's settings view: highlighting options, import and export, then sync. */
import { ToolbarEverywhereSetting } from '@/components/highlights/ToolbarEverywhereSetting';
import { SyncSettings } from '@/components/sync/SyncSettings';
import { t } from '@/utils/shared/i18n';
import type { LiseuseDatabase } from '@/utils/store';
import { ImportExport } from './ImportExport';

interface Props {
  db?: LiseuseDatabase;
  /** Called after an import wrote something, so the list can refresh. */
  onImported?: () => void;
}

/** Sections with headings; every control a labelled native element with a stable data-testid. */
export function SettingsPage({ db, onImported }: Props) {
  return (
    <div class="settings">
      <h2 class="settings-title">{t('settingsTitle')}</h2>
      <section
        class="settings-section"
        aria-labelledby="settings-highlighting"
        data-testid="settings-highlighting"
      >
        <h3 id="settings-highlighting">{t('settingsHighlightHeading')}</h3>
        <ToolbarEverywhereSetting />
      </section>
      <ImportExport db={db} onImported={onImported} />
      <SyncSettings />
    </div>
  );
}
