// « Enedis a indiqué que… »: French sets an article before a common noun opening a sentence (« La police a
// indiqué »), so a bare capitalised word that opens one, its verb a reporting one in the past, is a name.
import type { TextEvidence } from './evidence';
import { STOPWORDS } from './lexicon';
import type { Mention } from './mention';
import { isOpeningAdverb, isOpeningPrepositionOrContact } from './sentence-openers';
import { isWrittenLower } from './shouted-words';

// Past participles of reporting verbs, folded, after « a »: « a indiqué », « a annoncé », « a précisé ».
const PARTICIPLES = new Set(
  'indique annonce declare precise explique affirme confirme assure estime ajoute communique reconnu'.split(
    ' ',
  ),
);

// One word, a capital and lower-case letters, a hyphen allowed (« Enedis », « Météo-France »).
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

/** A French sentence opens on the bare word, then « a » and a reporting verb's participle: the word is a name. */
export function opensReport(m: Mention, key: string, ev: TextEvidence): boolean {
  if (ev.lang !== 'fr' || m.after[0] !== 'a' || !PARTICIPLES.has(m.after[1] ?? '')) return false;
  if (!CAPITALISED.test(m.surface) || STOPWORDS.has(key) || isWrittenLower(key, ev.lower)) return false;
  return !isOpeningAdverb(key, ev.lang) && !isOpeningPrepositionOrContact(key, ev.lang);
}
