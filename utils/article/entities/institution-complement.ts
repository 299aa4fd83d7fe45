import { GIVEN_NAMES } from './gazetteer';
import { PERSON_TITLES } from './lexicon';
import { purposeLength } from './purpose-complements';
import type { Token } from './tokenize';

// Bodies whose name goes on after its adjectives with « de la », « du », « des » or « de l’ » and a noun:
// "Organisation mondiale de la santé", "Centre national de la recherche scientifique", "Conseil supérieur de
// l’audiovisuel", "Organisation internationale du travail".
const HEADS = new Set(
  `organisation centre conseil agence commission caisse autorite institut bureau cour comite office haute haut
  federation fonds chambre`.split(/\s+/),
);
// Nouns of time after a body name its period, not its field: "le Conseil constitutionnel des années 1990".
const TIME_NOUNS = new Set('annees ans mois semaines jours heures fois siecle siecles'.split(' '));

/**
 * One past the « de la santé » that completes the French body whose name, head `head` and adjectives, ends at
 * `end`; `end` when no such complement follows. A bare « de » is left out after adjectives ("Conseil
 * constitutionnel de manière…"), and so are a person's title and a time ("… du président", "… des années 1990").
 */
export function adjectiveComplementEnd(tokens: Token[], head: Token, end: number): number {
  if (!HEADS.has(head.folded)) return end;
  const de = tokens[end];
  const next = tokens[end + 1];
  if (de?.sentence !== head.sentence) return end;
  let noun: Token | undefined;
  // « Organisation internationale pour les migrations »: a purpose completes it as « de la » does.
  const purpose = purposeLength(tokens, end, head.sentence);
  if (purpose > 0) noun = tokens[end + purpose];
  else if (de.text === 'du' || de.text === 'des') noun = next;
  else if (de.text === 'de' && next?.elided) noun = next;
  else if (de.text === 'de' && next?.text === 'la') noun = tokens[end + 2];
  if (!noun?.isWord || noun.stop || noun.sentence !== head.sentence) return end;
  if (!/^\p{Ll}{3,}$/u.test(noun.text) || TIME_NOUNS.has(noun.folded) || PERSON_TITLES.has(noun.folded))
    return end;
  return landmarkEnd(tokens, tokens.indexOf(noun, end) + 1, head.sentence);
}

/**
 * « la Cour d’honneur du palais des Papes », « la Cour carrée du musée du Louvre »: « du » or « des » and a
 * capitalised word after the complement name the building, whose name the body's goes on with; one past it, else
 * `at`. Not a given name, which opens a person's (« … du palais de Jean Moulin »).
 */
function landmarkEnd(tokens: Token[], at: number, sentence: number): number {
  const of = tokens[at]?.text;
  if (of !== 'du' && of !== 'des') return at;
  let j = at + 1;
  const first = tokens[j];
  if (
    !first?.capital ||
    first.stop ||
    first.loud ||
    first.sentence !== sentence ||
    GIVEN_NAMES.has(first.folded)
  )
    return at;
  while (tokens[j]?.capital && !tokens[j]?.stop && !tokens[j]?.loud && tokens[j]?.sentence === sentence) j++;
  return j;
}
