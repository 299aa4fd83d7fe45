/** Shown while the page is analysed; the flow is bounded in time, so this never stays forever. */
import { t } from '@/utils/shared/i18n';

/** A spinner (still when the reader prefers reduced motion) and a polite status text. */
export function LoadingState() {
  return (
    <div class="loading" role="status" aria-live="polite" data-testid="popup-loading">
      <span class="spinner" aria-hidden="true" />
      <p>{t('popupLoading')}</p>
    </div>
  );
}
