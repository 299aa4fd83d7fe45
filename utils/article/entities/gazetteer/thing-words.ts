// Words that close names of things a page's furniture and guides capitalise ("Docker Desktop", "Saturated Fat",
// "ID Indicator", "Chief Strategy Officer"), folded. None is a surname (Stone, King, Judge, Singer are left out).
import { words } from './set';

/**
 * Last words of names of settings, screens and devices, nutrients, buildings and roles: such a name is never a
 * person's, though two capitalised words look like one.
 */
export const THING_LAST = words(`
settings setting options menu menus mode modes indicator indicators positioning display screen screens button
buttons toolbar sidebar tab tabs panel dashboard desktop laptop keyboard keyboards mouse trackpad touchpad
audio video graphics controls controller difficulty camera cameras headphones earbuds charger
adapter router browser extension plugin firmware software hardware update version beta edition editions
fat fats protein proteins sodium sugar sugars calories calorie carbohydrate carbohydrates carbs fiber fibre
cholesterol potassium calcium vitamin vitamins nutrients stuff order
statehouse courthouse headquarters photo photos image images picture pictures
officer officers director directors manager managers president presidents secretary executive executives
minister ministers chairman chairwoman spokesman spokeswoman spokesperson editor editors correspondent
correspondents commissioner treasurer
parlement gouvernement ministre directeur directrice reglages parametres ecran clavier
`);

/**
 * Endings of English and French derived nouns that no surname takes ("Border Protection", "Customer Engagement",
 * "Cloud Technology", "Data Ownership", "Wireless Generator"); "-ment" after four letters, as "Clement" is a name.
 */
const THING_ENDING = /(?:\p{L}{3}(?:tions?|sions?|ology|ships?|ware|ities|ators?)|\p{L}{4}ments?)$/u;

// The endings of `THING_ENDING` by their last letter: most words end otherwise, and skip the pattern, whose
// unanchored scan tries every position of the word.
const ENDINGS_BY_LAST: Readonly<Record<string, readonly string[]>> = {
  n: ['tion', 'sion'],
  s: ['tions', 'sions', 'ships', 'ities', 'ators', 'ments'],
  y: ['ology'],
  p: ['ship'],
  e: ['ware'],
  r: ['ator'],
  t: ['ment'],
};

/** A folded word with an ending of `THING_ENDING` ("protection", "technology"). */
export function endsLikeThing(word: string): boolean {
  const endings = ENDINGS_BY_LAST[word.charAt(word.length - 1)];
  return endings?.some((e) => word.endsWith(e)) === true && THING_ENDING.test(word);
}
