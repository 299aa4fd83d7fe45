/** Maps the browser's `scripting.executeScript` failure messages to popup error codes. */
import type { PopupErrorCode } from '@/utils/article/tab/outcome';

// Chromium and Firefox phrase refusals differently; these cover both (checked in Chromium 156, Firefox 128+).
const RESTRICTED = [
  /cannot access (a |contents of )?(the )?(page|url|chrome|about|edge|moz-extension|chrome-extension)/i,
  /extensions gallery cannot be scripted/i,
  /must request permission/i,
  /missing host permission/i,
  /cannot be scripted/i,
];
const GONE = [/no tab with id/i, /tab was closed/i, /invalid tab id/i];
const ERROR_PAGE = [/error page/i, /frame .* (was removed|not found)/i];

/** Why injection failed: a protected page, a tab that is gone, or a generic failure (page broke or navigated). */
export function classifyInjectionError(message: string, url?: string): PopupErrorCode {
  if (url && /\.pdf([?#]|$)/i.test(url)) return 'not-html';
  if (GONE.some((re) => re.test(message))) return 'no-tab';
  if (ERROR_PAGE.some((re) => re.test(message))) return 'injection-failed';
  if (RESTRICTED.some((re) => re.test(message))) return 'restricted-page';
  return 'injection-failed';
}
