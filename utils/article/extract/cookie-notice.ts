/**
 * A cookie or consent notice told by its words, not its class ("We use cookies to…", « Ce site utilise des
 * cookies », "Wir verwenden Cookies"): on a page whose class names say nothing (hashed CSS-module names),
 * Readability may score the notice's two paragraphs above an article made of tables or short lines.
 */

import { isSpace, moreWordsThan } from '@/utils/article/extract/word-limit';
import { CASELESS_LETTER, caselessSource } from '@/utils/shared/caseless';

/** A notice is at most this many words: longer, cookies are the subject of the text. */
const MAX_NOTICE_WORDS = 90;

/**
 * The site saying it uses cookies or asking to accept them, in the web's main languages: a verb of use or
 * consent within a few words of "cookie" (every language borrows the word; a few have their own). Written
 * caseless without the `i` flag (see caseless.ts): with `i` and `u`, V8 widens each letter class to its case
 * variants as it compiles the pattern, which was among the costliest on the popup's first analysis.
 */
const LETTER = CASELESS_LETTER;
const VERBS = caselessSource(
  'we (?:use|place|set|store)|(?:site|website|page) uses|use of|usamos|usa|uso de|einsatz von|bruge?r',
);
const VERB_STEMS = caselessSource(
  'utilis|utiliz|verwende|nutz|gebruik|używa|wykorzyst|использу|använd|používá|kullan|accept|akzeptier|acept|aceit|consent|zustimm',
);
const NOUNS = caselessSource(
  'cookies|(?:des|les|i|dei|plików|файлы|soubory) cookie|informasjonskapsler|kakor',
);
const COOKIE_NOTICE = new RegExp(
  `(?:^|[^${LETTER}])(?:${VERBS}|(?:${VERB_STEMS})[${LETTER}]*)(?:\\s+\\S+){0,3}?\\s+(?:${NOUNS}|${caselessSource('çerez')}[${LETTER}]*)(?![${LETTER}])`,
  'u',
);

/** The nouns alone, found first: a plain scan is cheap, the pattern above is not (a page's whole text is asked). */
const NOUN = /cooki|informasjonskapsler|kakor|çerez/gi;
/** The pattern's words before the noun fit in this many characters. */
const WINDOW = 60;

/** True when `text` holds a cookie notice's words anywhere (a whole page's text may be asked). */
export function mentionsCookieNotice(text: string): boolean {
  NOUN.lastIndex = 0;
  for (let match = NOUN.exec(text); match; match = NOUN.exec(text)) {
    const from = Math.max(0, match.index - WINDOW);
    const window = text.slice(from, match.index + WINDOW);
    // A window cut inside a word starts at the next one ("because of cookies" is not "use of cookies").
    if (COOKIE_NOTICE.test(from > 0 ? window.replace(/^\S*/, '') : window)) return true;
  }
  return false;
}

/** True when `text` (one paragraph) is a site's notice about its cookies. */
export function isCookieNotice(text: string): boolean {
  return !moreWordsThan(text, MAX_NOTICE_WORDS, isSpace) && mentionsCookieNotice(text);
}
