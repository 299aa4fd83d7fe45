/**
 * Patterns (as sources, for the `i` flag) for the dates and times pages glue to titles and bylines:
 * "22 August 2019", "Nov. 7, 2010", "21. April 2020", "10/16/2020", "9:02 AM", "3 hours ago". They need no `u`
 * (no letter class, no character beyond the BMP), and without it Chromium compiles a stamp pattern two to three
 * times faster on its first use (the popup's first open); a pattern that adds `\p{…}` takes `u` as well.
 */

/** Month names and abbreviations in English, French, German, Spanish, Italian and Portuguese. */
export const MONTH =
  '(?:jan(?:uary|vier|uar|eiro)?|ene(?:ro)?|gen(?:naio)?|feb(?:ruary|ruar|rero|braio)?|f[ée]v(?:rier|ereiro)?|mar(?:ch|s|zo|ço)?|m[äa]rz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may(?:o)?|mai(?:o)?|mag(?:gio)?|june?|juin|juni|jun(?:io|ho)?|giu(?:gno)?|july?|juil(?:let)?|juli|jul(?:io|ho)?|lug(?:lio)?|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember|iembre|embro)?)?|sept(?:embre)?|set(?:tembre|embro)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|d[ée]c(?:ember|embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?)\\.?';

/** A clock time: "9:02 AM", "15h20", "10.08 pm UTC". */
export const CLOCK = '\\d{1,2}[:h.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4}\\b)?';

/** A calendar date with its year: "22 August 2019", "21. April 2020", "Nov. 7, 2010", "10/16/2020", "2019-11-19". */
export const DATE_WITH_YEAR = `(?:\\d{1,2}(?:er|st|nd|rd|th)?\\.?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;

/** A relative time: "3 hours ago", "il y a 2 heures", "just now". */
export const AGO =
  '(?:\\d+\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|il y a\\s+\\d+\\s+\\S+|just now)';

/** A date (with an optional time), a time, or a relative time, after an optional "Updated:" label. */
export const STAMP = `(?:(?:updated|published|posted|last updated|mis à jour|publié(?:\\s+le)?)\\s*:?\\s*)?(?:${DATE_WITH_YEAR}(?:,?\\s*(?:at\\s+|à\\s+)?${CLOCK})?|${CLOCK}|${AGO})`;
