/** The translated strings the in-page highlighter uses (keys of public/_locales, `hl` prefix). */
import type { HighlightColor } from '@/utils/highlights/model';

/** Message keys of the selection toolbar. */
export type HighlighterMessageKey =
  | 'hlToolbarLabel'
  | 'hlHighlight'
  | 'hlNote'
  | 'hlNotePlaceholder'
  | 'hlSave'
  | 'hlDelete'
  | `hlColor_${HighlightColor}`
  | 'hlSaveFailed'
  | 'hlSiteAccessHint'
  | 'hlRememberSite'
  | 'hlFocusGroup'
  | 'hlFocusLabel'
  | 'hlFocusLabelNote'
  | 'hlTags'
  | 'hlTagsPlaceholder';

/** Translates a key with `$1`… substitutions (`browser.i18n.getMessage` in the extension, a table in tests). */
export type Translate = (key: HighlighterMessageKey, substitutions?: string[]) => string;
