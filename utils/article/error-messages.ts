/** Plain-English messages for analysis codes (the popup localises by code; the CLI prints these). */
import type { AnalysisError, AnalysisErrorCode } from '@/utils/article/types';

const MESSAGES: Record<AnalysisErrorCode, string> = {
  'not-article': 'This page does not look like an article; what could be read from it is shown.',
  'restricted-page': 'Browser pages, extension pages and add-on stores cannot be read by extensions.',
  'not-html': 'This is not a web page (for example a PDF or an image), so there is no article to read.',
  'still-loading': 'The page is still loading; what has loaded so far was analysed.',
  'too-large': 'The page is very large; only its beginning was analysed.',
  timeout: 'The page took too long to analyse; a simpler extraction was used.',
  'parse-error': 'The page could not be read as HTML.',
  'unreadable-file': 'The file could not be read.',
  'injection-failed': 'The browser did not let the extension read this page.',
  internal: 'Something went wrong while analysing the page.',
};

/** An `AnalysisError` with the standard message for `code`, plus a detail when it helps. */
export function analysisError(code: AnalysisErrorCode, detail?: string): AnalysisError {
  return { code, message: detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code] };
}
