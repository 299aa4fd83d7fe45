// Words whose capital at a sentence's start is the sentence's, not a name's: adverbs, prepositions and a contact
// line's verb. "Separately Google said…", « Officiellement Renault n'a pas… »: an adverb opens the sentence with no
// comma. Adverbs are read from their endings: English "-ly" ("-ally", "-fully" among the "-lly": "Kelly", "Scully",
// "Donnelly" are surnames), French "-ment". English prepositions the stopword list leaves out ("Inside Terminal 2,
// passengers…", "Near Cork…") and the imperative of a contact line ("Contact Pressline at tips@…") open sentences
// the same way.
import { ORG_WORDS, PLACE_WORDS } from './gazetteer';
import { words } from './gazetteer/set';

const ENGLISH_ADVERB = /^\p{L}{3,}(?:al|ful|[^l])ly$/u;
// Words in "-ly" that are adjectives naming a paper or a body ("Daily Mail", "Holy See", "Early Years").
const LY_ADJECTIVES =
  words(`daily weekly monthly yearly quarterly hourly nightly fortnightly biweekly early family
  friendly lovely holy elderly manly orderly assembly`);
// French "-ment" nouns that open a body's name before a capital (« Rassemblement national » aside, ORG_WORDS
// holds « parlement », « gouvernement », « mouvement »).
const FRENCH_ADVERB = /^\p{L}{3,}ment$/u;
const MENT_NOUNS = words(`rassemblement regiment departement arrondissement etablissement enseignement
  amenagement batiment monument document element complement supplement reglement evenement testament
  renseignement commandement groupement moment`);

// "Inside Out", "Near East", "Beyond Meat": names that open with one are kept where known or written inside a
// sentence (see dropsFirst).
const ENGLISH_OPENERS =
  words(`inside outside near beyond behind beneath beside underneath alongside atop past via
  off opposite amidst amongst contact`);
const FRENCH_OPENERS = words(`contact contactez`);

/**
 * Whether a sentence's first word (folded) is a preposition or a contact line's verb: never the start of a name
 * unless the same name is written inside a sentence too (a page's "Inside Out" does not keep "Inside Terminal").
 */
export function isOpeningPrepositionOrContact(folded: string, lang: string): boolean {
  if (lang === 'en') return ENGLISH_OPENERS.has(folded);
  return lang === 'fr' && FRENCH_OPENERS.has(folded);
}

/** Whether a sentence's first word (folded) is an adverb of the language, never the start of a name. */
export function isOpeningAdverb(folded: string, lang: string): boolean {
  if (ORG_WORDS.has(folded) || PLACE_WORDS.has(folded)) return false;
  if (lang === 'en') return ENGLISH_ADVERB.test(folded) && !LY_ADJECTIVES.has(folded);
  if (lang === 'fr') return FRENCH_ADVERB.test(folded) && !MENT_NOUNS.has(folded);
  return false;
}

// "stockX: Like eBay, you can…", "Unlike Apple, Google…": a comparison opens a clause before the name it compares,
// closed by a comma ("Like Minds Ltd was sold" names a firm).
const COMPARISONS = words('like unlike');

/** Whether a word (folded) compares with the name after it, never part of that name (English). */
export const isComparison = (folded: string, lang: string): boolean =>
  lang === 'en' && COMPARISONS.has(folded);
