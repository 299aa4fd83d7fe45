/**
 * Month and day names, one list per language, lower case with their accents: the words datelines are written
 * with (extract's meta-words) and the capitalised words that are no names (entities' lexicon). Polish and
 * Russian months are in the genitive, the form a date writes them in (« 5 grudnia », « 5 декабря »).
 */

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Month names by language, with the spellings pages write without accents (« fevrier », « aout »). */
export const MONTHS = {
  en: list('january february march april may june july august september october november december'),
  de: list('januar jänner februar märz april mai juni juli august september oktober november dezember'),
  fr: list(
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre',
  ),
  es: list(
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  ),
  it: list('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  pt: list('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  nl: list('januari februari maart april mei juni juli augustus september oktober november december'),
  id: list('januari februari maret april mei juni juli agustus september oktober november desember'),
  pl: list(
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  ),
  ru: list('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
};

/** Month abbreviations by language ("Sept", « janv. », "Okt"). */
export const MONTH_ABBREVIATIONS = {
  en: list('jan feb mar apr jun jul aug sep sept oct nov dec'),
  de: list('okt dez'),
  fr: list('janv févr avr juil déc'),
  es: list('ene'),
};

/** Day names by language. Italian's « domenica » was never listed: adding it would be a rule of its own. */
export const DAYS = {
  en: list('monday tuesday wednesday thursday friday saturday sunday'),
  de: list('montag dienstag mittwoch donnerstag freitag samstag sonntag'),
  fr: list('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  es: list('lunes martes miércoles jueves viernes sábado domingo'),
  it: list('lunedì martedì mercoledì giovedì venerdì sabato'),
  pt: list('segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'),
};

/** Day abbreviations by language ("Thurs", "Sat"). */
export const DAY_ABBREVIATIONS = {
  en: list('mon tue tues wed thu thur thurs fri sat sun'),
};

/** Every language's words of `lists`, once each. */
export const allLanguages = (...lists: Readonly<Record<string, readonly string[]>>[]): string[] => [
  ...new Set(lists.flatMap((byLang) => Object.values(byLang).flat())),
];
