import type { EntityGroup } from './group';
import type { Mention } from './mention';

// A short word written with a capital, as units are ("Go", "Mo", "To"); an acronym after a number is a code of
// law or a statistic ("§ 5 TMG", "2 TFL").
const SHORT_WORD = /^\p{Lu}\p{Ll}{1,2}$/u;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
// A unit's symbol with a prefix in lower case opening the span: "kW DC", "kWh", "mAh", "dB".
const PREFIXED_SYMBOL = /^[a-zµ]{1,2}\p{Lu}\p{Ll}?(?:\s|$)/u;
// A rate's unit, a word of up to four letters after a number and before a slash: "10 Gbit/s", « 800 Mo/s ».
const RATE_UNIT = /^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * A unit, not a name (a time zone after a clock time neither, see timeZoneAfterClock, nor a currency, see
 * currencyMark): a short capitalised word or a prefixed symbol written each time right after a number ("16
 * Go / 512 Go", "2 To de stockage", "60 kW DC"), or a quantity whole (« 256 Go », "120Hz", see isQuantity). A
 * name after a number is written elsewhere on its own too. A rate's unit too ("10 Gbit/s").
 */
export function isUnitAfterNumbers(g: EntityGroup): boolean {
  return g.mentions.every(
    (m) =>
      // The number before first: most names have none, and skip the unit's patterns.
      (NUMBER.test(m.before[0] ?? '') &&
        (SHORT_WORD.test(m.surface) ||
          PREFIXED_SYMBOL.test(m.surface) ||
          (RATE_UNIT.test(m.surface) && m.after[0] === '/'))) ||
      isQuantity(m.surface) ||
      timeZoneAfterClock(m) ||
      currencyMark(m),
  );
}

// A number ("5", "5,000", « 5 000 », "2.6") and a unit's symbol, glued or apart: bytes ("GB", "GiB", « Go »,
// « To »), frequencies ("Hz", "GHz"), power and energy ("W", "kW", "Wh", "mAh"), frame rates, temperatures ("46.1C").
const UNIT = '(?:[KMGTP]i?B|[KMGT]o|[kMG]?Hz|[kMG]?Wh?|mAh|FPS|fps|°?[CF])';
const QUANTITY = new RegExp(String.raw`^\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?\s?${UNIT}$`, 'u');
// Before a name, only a symbol no name is written as ("8 GB Orbit"): "2 Go Ahead Eagles", "1 W Stephens" read on.
const UNIT_SYMBOL = /^(?:[KMGTP]i?B|[kMG]?Hz|[kMG]Wh?|Wh|mAh|FPS|fps)$/u;

/** A quantity with its unit (« 256 Go », "5 000 mAh", "120Hz", "8 GB"), not a model's number nor a name. */
export const isQuantity = (surface: string): boolean => opensWithDigit(surface) && QUANTITY.test(surface);

/** Whether `s` opens with an ASCII digit, as a quantity does: most surfaces do not, and skip its pattern. */
function opensWithDigit(s: string): boolean {
  const code = s.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** "the 8 GB Orbit 7", "87W Thunderbolt": a word that is a quantity or the unit of the number before it. */
export const isUnitWord = (word: string, before: string): boolean =>
  isQuantity(word) || (UNIT_SYMBOL.test(word) && NUMBER.test(before));

// « 0,86 $ US », « 48,6 cents US », « 5 $ CA », « 5$ CA », « 40 M$ CA »: Québec writes a dollar's country after
// its sign or unit.
const CURRENCY_BEFORE = new Set(['$', 'cent', 'cents', 'dollar', 'dollars']);
const COUNTRY_CODE = /^\p{Lu}{2,3}$/u;
// "C$ 40", "US$12", "HK$ 5": a country's letters glued before a dollar sign.
const PREFIXED_DOLLAR = /^\p{Lu}{1,3}\$$/u;
// Currencies written by their ISO code next to a sum (« CHF 80 », "EUR 5m"); what a sum's number is followed by.
const CURRENCY_CODES = new Set(
  'chf usd eur gbp cad aud nzd hkd sgd jpy cny inr sek nok dkk pln czk huf zar brl mxn'.split(' '),
);
const AMOUNT_AFTER = /^\d/;
const MULTIPLIERS = new Set(
  'million millions milliard milliards billion billions mio mrd md bn m k'.split(' '),
);

/**
 * A currency, not a place or a body: a country's code after a dollar sign or unit (« 0,86 $ US »), a dollar
 * sign with its country's letters (« C$ 40 », "US$12") or a currency's code (« CHF 80 », « 3 millions CHF »)
 * next to a sum.
 */
function currencyMark(m: Mention): boolean {
  const before = m.before[0] ?? '';
  if (COUNTRY_CODE.test(m.surface) && (CURRENCY_BEFORE.has(before) || before.endsWith('$'))) return true;
  // The sum first: most names stand by none, and skip the code's tests (a lower-cased copy of the surface).
  const sum = AMOUNT_AFTER.test(m.after[0] ?? '') || NUMBER.test(before) || MULTIPLIERS.has(before);
  return sum && (PREFIXED_DOLLAR.test(m.surface) || CURRENCY_CODES.has(m.surface.toLowerCase()));
}

// A time zone's letters ("ET", "MT", "PDT", "CEST", "UTC"; Canada's French « HNE », « HAE », « HNP »: heure
// normale or avancée of the East, Pacific...) and what a clock time ends with: "a.m." ("a.m" and its full stop),
// "pm", minutes after a colon ("6:00") or French hours (« 5 h 00 », « 17 h », « 17h30 », « 9h »).
const TIME_ZONE = /^(?:[A-Z]{1,3}T|UTC|H[NA][A-Z])$/;
const MERIDIEM = new Set(['am', 'pm', 'a.m', 'p.m']);
const TWO_DIGITS = /^\d{2}$/;
const FRENCH_HOUR = /^\d{1,2}h(?:\d{2})?$/;

/**
 * "Published 6:00 a.m. MT", "at 9 p.m. ET", « publié à 5 h 00 HNE »: a time zone after a clock time, not a name
 * (a dateline's "MT").
 */
function timeZoneAfterClock(m: Mention): boolean {
  if (!TIME_ZONE.test(m.surface)) return false;
  const [last = '', before = ''] = m.before;
  return (
    MERIDIEM.has(last) ||
    (last === '.' && MERIDIEM.has(before)) ||
    (TWO_DIGITS.test(last) && (before === ':' || before === 'h')) ||
    (last === 'h' && NUMBER.test(before)) ||
    FRENCH_HOUR.test(last)
  );
}
