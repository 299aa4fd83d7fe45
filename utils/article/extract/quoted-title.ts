/**
 * The spaces inside French quotation marks (« Nous resterons »), kept apart while a title's separators are
 * looked for: a closing » is the quotation's end, not a separator before a site's name.
 */
const QUOTATION = /«\s+([^«»]+?)\s+»/gu;
const QUOTED_SPACE = '\u{E000}';

/** The title with the spaces inside its « … » quotations hidden from separator patterns. */
export const protectQuotes = (text: string): string =>
  text.replace(QUOTATION, (_, inner: string) => `«${QUOTED_SPACE}${inner}${QUOTED_SPACE}»`);

/** The title with its quotations' spaces back. */
export const restoreQuotes = (text: string): string => text.replaceAll(QUOTED_SPACE, ' ');
