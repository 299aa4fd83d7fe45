/** What an import did: counts, why it stopped early, and the skipped rows with their lines. */

import type { ImportSummary } from '@/utils/library/io/import-summary';
import type { RowError } from '@/utils/library/io/types';
import { t } from '@/utils/shared/i18n';

/** Rows listed in full; the rest are counted (a broken file can have thousands). */
const LISTED = 200;

function errorText(e: RowError): string {
  const key = e.unit === 'item' ? 'ioSkippedItem' : 'ioSkippedLine';
  return t(key, [e.file, String(e.line), e.message]);
}

/** The summary block shown after an import; announced to screen readers. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { skipped } = summary;
  return (
    <div class="io-summary" data-testid="io-summary" role="status" aria-live="polite">
      <p>
        <strong>{summary.cancelled ? t('ioCancelled') : t('ioDone')}</strong>
      </p>
      <ul>
        <li data-testid="io-created">{t('ioCreated', String(summary.created))}</li>
        <li data-testid="io-updated">{t('ioUpdated', String(summary.updated))}</li>
        {summary.unchanged > 0 && (
          <li data-testid="io-unchanged">{t('ioUnchanged', String(summary.unchanged))}</li>
        )}
        {summary.keptYours > 0 && (
          <li data-testid="io-kept-yours">
            {t('ioKeptYours', String(summary.keptYours))}
            <span class="io-hint"> — {t('ioKeptYoursHint')}</span>
          </li>
        )}
        {summary.linksOnly > 0 && (
          <li data-testid="io-links-only">{t('ioLinksOnly', String(summary.linksOnly))}</li>
        )}
        {summary.keptBoth > 0 && (
          <li data-testid="io-kept-both">{t('ioKeptBoth', String(summary.keptBoth))}</li>
        )}
        {summary.annotations > 0 && <li>{t('ioAnnotations', String(summary.annotations))}</li>}
        <li data-testid="io-skipped">{t('ioSkipped', String(skipped.length))}</li>
      </ul>
      {summary.encoding && (
        <p class="io-hint" data-testid="io-encoding">
          {t('ioEncodingUsed', summary.encoding)}
        </p>
      )}
      {summary.quotaExceeded && (
        <p class="io-error" role="alert" data-testid="io-quota">
          {t('ioQuota')}
        </p>
      )}
      {skipped.length > 0 && (
        <details>
          <summary>{t('ioSkipped', String(skipped.length))}</summary>
          <ul class="io-skipped-list">
            {skipped.slice(0, LISTED).map((e) => (
              <li key={`${e.file}:${e.line}:${e.message}`}>{errorText(e)}</li>
            ))}
            {skipped.length > LISTED && <li>{t('ioMoreErrors', String(skipped.length - LISTED))}</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
