/** "2 min read" / « 2 min de lecture », rounded up by the pipeline to whole minutes. */
import { t } from '@/utils/shared/i18n';

/** The article's reading time, in whole minutes (at least 1). */
export function ReadingTime({ minutes }: { minutes: number }) {
  const shown = Math.max(1, Math.ceil(minutes));
  return (
    <span class="reading-time" data-testid="reading-time">
      {t('popupReadingTime', String(shown))}
    </span>
  );
}
