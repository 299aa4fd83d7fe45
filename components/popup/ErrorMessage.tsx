/** A clear, localised message for an error code; blocking errors are alerts, notices are polite. */

import type { PopupErrorCode } from '@/utils/article/tab/outcome';
import type { MessageKey } from '@/utils/shared/i18n';
import { t } from '@/utils/shared/i18n';

const MESSAGE: Record<PopupErrorCode, MessageKey> = {
  'not-article': 'errorNotArticle',
  'restricted-page': 'errorRestrictedPage',
  'not-html': 'errorNotHtml',
  'still-loading': 'errorStillLoading',
  'too-large': 'errorTooLarge',
  timeout: 'errorTimeout',
  'parse-error': 'errorParseError',
  'unreadable-file': 'errorParseError',
  'injection-failed': 'errorInjectionFailed',
  internal: 'errorInternal',
  'no-tab': 'errorNoTab',
  'too-large-to-analyze': 'errorTooLargeToAnalyze',
  'no-answer': 'errorNoAnswer',
};

/** Wording for codes that can also be a notice above a best-effort result ("…was analysed anyway"). */
const NOTICE_MESSAGE: Partial<Record<PopupErrorCode, MessageKey>> = {
  'still-loading': 'noticeStillLoading',
  timeout: 'noticeTimeout',
};

/** The catalogue key of the text shown for `code`, as an error or as a notice above a result. */
export const messageKey = (code: PopupErrorCode, notice = false): MessageKey =>
  (notice && NOTICE_MESSAGE[code]) || MESSAGE[code];

interface ErrorMessageProps {
  code: PopupErrorCode;
  /** A notice sits above a best-effort result; an error replaces it. */
  notice?: boolean;
  /** When given, a "Try again" button is shown. */
  onRetry?: () => void;
}

/** The message for `code` (`data-testid="popup-error"`, `data-error-code` for tests and styling). */
export function ErrorMessage({ code, notice = false, onRetry }: ErrorMessageProps) {
  return (
    <div
      class={notice ? 'message message--notice' : 'message message--error'}
      role={notice ? 'status' : 'alert'}
      data-testid="popup-error"
      data-error-code={code}
    >
      <p>{t(messageKey(code, notice))}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('popupRetry')}
        </button>
      )}
    </div>
  );
}
