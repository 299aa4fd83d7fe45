import type { EntityGroup } from './group';
import type { Mention } from './mention';

// A short word written with a capital, as units are ("Go", "Mo", "To"); an acronym after a number is a code of
// law or a statistic ("§ 5 TMG", "2 TFL").
const SHORT_WORD = /^\p{Lu}\p{Ll}{1,2}$/u;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
// A unit's symbol with a prefix in lower case opening the span: "kW DC", "kWh", "mAh", "dB".
const PREFIXED_SYMBOL = /^[a-zµ]{1,2}\p{Lu}\p{Ll}?(?:\s|$)/u;

/**
 * A unit, not a name (a time zone after a clock time neither, see timeZoneAfterClock, nor a dollar's country, see
 * currencyCountry): a short capitalised word or a prefixed symbol written each time right after a number ("16
 * Go / 512 Go", "2 To de stockage", "60 kW DC"). A name after a number is written elsewhere on its own too.
 */
export function isUnitAfterNumbers(g: EntityGroup): boolean {
  return g.mentions.every(
    (m) =>
      ((SHORT_WORD.test(m.surface) || PREFIXED_SYMBOL.test(m.surface)) && NUMBER.test(m.before[0] ?? '')) ||
      timeZoneAfterClock(m) ||
      currencyCountry(m),
  );
}

// « 0,86 $ US », « 48,6 cents US », « 5 $ CA »: Québec writes a dollar's country after its sign or unit.
const CURRENCY_BEFORE = new Set(['$', 'cent', 'cents', 'dollar', 'dollars']);
const COUNTRY_CODE = /^\p{Lu}{2,3}$/u;

/** A country's code right after a dollar sign or unit: part of the currency, not the place. */
const currencyCountry = (m: Mention): boolean =>
  COUNTRY_CODE.test(m.surface) && CURRENCY_BEFORE.has(m.before[0] ?? '');

// A time zone's letters ("ET", "MT", "PDT", "CEST") and what a clock time ends with: "a.m." ("a.m" and its full
// stop), "pm", or minutes after a colon ("6:00").
const TIME_ZONE = /^\p{Lu}{1,3}T$/u;
const MERIDIEM = new Set(['am', 'pm', 'a.m', 'p.m']);

/** "Published 6:00 a.m. MT", "at 9 p.m. ET": a time zone after a clock time, not a name (a dateline's "MT"). */
function timeZoneAfterClock(m: Mention): boolean {
  const [last = '', before = ''] = m.before;
  const clock =
    MERIDIEM.has(last) || (last === '.' && MERIDIEM.has(before)) || (/^\d{2}$/.test(last) && before === ':');
  return clock && TIME_ZONE.test(m.surface);
}
