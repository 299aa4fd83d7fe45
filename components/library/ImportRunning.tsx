/** Progress of a running import: a native progress bar, counts, and Cancel. */

import type { ImportProgress } from '@/utils/library/io/import-summary';
import { t } from '@/utils/shared/i18n';

interface Props {
  name: string;
  /** Null while the file is read and parsed (indeterminate bar). */
  progress: ImportProgress | null;
  onCancel: () => void;
}

/** Announced politely; Cancel stops before the next batch and keeps what was written. */
export function ImportRunning({ name, progress, onCancel }: Props) {
  return (
    <div class="io-running" role="status" aria-live="polite">
      {progress ? (
        <>
          <progress data-testid="io-progress" value={progress.done} max={progress.total || 1} />{' '}
          {t('ioProgress', [String(progress.done), String(progress.total)])}
        </>
      ) : (
        <>
          <progress data-testid="io-progress" /> {t('ioReading', name)}
        </>
      )}{' '}
      <button type="button" data-testid="io-cancel" onClick={onCancel}>
        {t('ioCancel')}
      </button>
    </div>
  );
}
