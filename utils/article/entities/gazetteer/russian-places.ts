// Countries and cities as Russian writes them, folded like nameKey() ("й" loses its breve), with the case forms
// Russian declines them into ("в России", "из Москвы"): the nominative first, then its other cases.

/** Nominatives of well-known countries and cities. */
const NOMINATIVES =
  `россия украина германия франция италия испания великобритания англия польша беларусь белоруссия
казахстан грузия армения азербаиджан турция израиль иран китаи япония индия канада мексика бразилия европа
америка сша москва санкт-петербург киев минск лондон париж берлин вашингтон пекин токио рим варшава нью-иорк
крым сибирь`.split(/\s+/);

// Case endings by the nominative's ending: genitive, dative, accusative, instrumental, prepositional.
const ENDINGS: Array<[RegExp, string[]]> = [
  [/ия$/, ['ии', 'ию', 'иеи']],
  [/ь$/, ['и', 'ью']],
  [/и$/, ['я', 'ю', 'ем', 'е']],
  [/а$/, ['ы', 'и', 'е', 'у', 'ои']],
  [/[бвгджзклмнпрстфхцчшщ]$/, ['а', 'у', 'ом', 'е']],
];

/** A nominative and its case forms ("россия", "россии", "россию", "россиеи"); "сша" does not decline. */
function declensions(nominative: string): string[] {
  for (const [ending, forms] of ENDINGS) {
    if (!ending.test(nominative)) continue;
    const stem = ending.source === '[бвгджзклмнпрстфхцчшщ]$' ? nominative : nominative.replace(ending, '');
    return [nominative, ...forms.map((f) => stem + f)];
  }
  return [nominative];
}

/** Each place's forms, the nominative first. */
export const RUSSIAN_DECLINED_PLACES: readonly string[][] = NOMINATIVES.map(declensions);

/** Every form of those places. */
export const RUSSIAN_PLACES: readonly string[] = RUSSIAN_DECLINED_PLACES.flat();
