// "Separately Google said…", « Officiellement Renault n'a pas… »: a sentence opens with an adverb and no comma,
// and the adverb's capital is the sentence's, not a name's. Adverbs are read from their endings: English "-ly"
// ("-ally", "-fully" among the "-lly": "Kelly", "Scully", "Donnelly" are surnames), French "-ment".
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

/** Whether a sentence's first word (folded) is an adverb of the language, never the start of a name. */
export function isOpeningAdverb(folded: string, lang: string): boolean {
  if (ORG_WORDS.has(folded) || PLACE_WORDS.has(folded)) return false;
  if (lang === 'en') return ENGLISH_ADVERB.test(folded) && !LY_ADJECTIVES.has(folded);
  if (lang === 'fr') return FRENCH_ADVERB.test(folded) && !MENT_NOUNS.has(folded);
  return false;
}
