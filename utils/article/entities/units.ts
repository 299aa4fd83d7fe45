import type { EntityGroup } from './group';

// A short word written with a capital, as units are ("Go", "Mo", "To"); an acronym after a number is a code of
// law or a statistic ("§ 5 TMG", "2 TFL").
const SHORT_WORD = /^\p{Lu}\p{Ll}{1,2}$/u;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
// A unit's symbol with a prefix in lower case opening the span: "kW DC", "kWh", "mAh", "dB".
const PREFIXED_SYMBOL = /^[a-zµ]{1,2}\p{Lu}\p{Ll}?(?:\s|$)/u;

/**
 * A unit, not a name: a short capitalised word or a prefixed symbol written each time right after a number ("16
 * Go / 512 Go", "2 To de stockage", "60 kW DC"). A name after a number is written elsewhere on its own too.
 */
export function isUnitAfterNumbers(g: EntityGroup): boolean {
  return g.mentions.every(
    (m) => (SHORT_WORD.test(m.surface) || PREFIXED_SYMBOL.test(m.surface)) && NUMBER.test(m.before[0] ?? ''),
  );
}
