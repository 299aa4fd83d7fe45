import { capitalisesNouns } from './coverage';
import type { TextEvidence } from './evidence';
import {
  GIVEN_NAMES,
  isDemonymWord,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_PREFIXES,
  PLACE_WORDS,
  PLACES,
} from './gazetteer';
import { PERSON_NAMED_HEADS } from './naming-cues';
import { nameKey } from './normalize';
import { continuesPatronym } from './patronyms';
import { isNameToken } from './span';
import { BODY_ROLES } from './span-edges';
import { isGivenName } from './titles';
import type { Token } from './tokenize';

// "Laure de la Raudière", "Ludwig van Beethoven": a particle may come between a given name and the surname.
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'van', 'von', 'der', 'den', 'da', 'di', 'del']);

/**
 * Where a person's name starts inside a longer span, or -1: "Ukraine Kurt Volker", "State Mike Pompeo",
 * "Welcome Jose Mourinho". The part before must not be a name that runs on into a given name ("Saint Louis",
 * "Jean Paul Sartre"): a known place or organisation, a nationality, a generic word, or a word never written
 * with a capital inside a sentence.
 */
export function splitAtGivenName(tokens: Token[], a: number, b: number, ev: TextEvidence): number {
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    const surname = PARTICLES.has(next?.text ?? '') ? k + 2 < b : isNameToken(next);
    if (
      !isGivenName(t.folded) ||
      !surname ||
      GIVEN_NAMES.has(tokens[k - 1]?.folded ?? '') ||
      continuesPatronym(tokens, a, k)
    ) {
      continue;
    }
    if (separable(tokens, a, k, ev)) return k;
  }
  return -1;
}

function separable(tokens: Token[], a: number, k: number, ev: TextEvidence): boolean {
  const first = tokens[a] as Token;
  if (PLACE_PREFIXES.has(first.folded)) return false;
  const key = nameKey(
    tokens
      .slice(a, k)
      .map((t) => t.text)
      .join(' '),
  );
  if (PLACES.has(key) || ORGANIZATIONS.has(key) || isDemonymWord(key)) return true;
  // « l’Institut Jacques Monod »: a body named after the person its capitalised head comes before.
  if (ev.lang === 'fr' && k - a === 1 && PERSON_NAMED_HEADS.has(first.folded)) return false;
  if (servedByRole(tokens, a)) return true;
  // An acronym before a person: "l’UMP Laure de la Raudière", a team's "Cleveland DL Larry Ogunjobi".
  if (k - a === 1 && /^\p{Lu}{2,}$/u.test(first.text)) return true;
  if (/^\p{Lu}{2,3}$/u.test(tokens[k - 1]?.text ?? '')) return true;
  const last = tokens[k - 1]?.folded ?? '';
  if (ORG_WORDS.has(last) || PLACE_WORDS.has(last) || PLACES.has(last) || ORGANIZATIONS.has(last))
    return true;
  // German capitalises the role before a name ("Gastreferent Mark Hosak", "Trainerin Anna Berg").
  if (k - a === 1 && capitalisesNouns(ev.lang)) return true;
  // Read names only, a body, a place or a role before a given name and a surname ends there: "ministro delle
  // Infrastrutture Matteo Salvini", "Audiencia Nacional Ismael Moreno", "prezydent Wrocławia Jacek Sutryk" (the
  // cue words that would tell a body named after a person apart are French and English).
  if (!ev.fullLanguage) return true;
  return k - a === 1 && first.initial && (ev.midCaps.get(first.folded) ?? 0) === 0;
}

// Particles a role takes before what it serves (« la députée de Seine-Maritime », « le maire d'Arles », "the mayor
// of Tulsa"); an elided « d' » leaves no token, only its mark on the word.
const SERVES = new Set(['de', 'du', 'des', 'of', 'for']);
// English roles written in lower case before the town or the seat they serve.
const ENGLISH_ROLES = new Set(['mayor', 'governor', 'senator', 'congressman', 'congresswoman']);

/**
 * « la députée de Seine-Maritime Élise Vandermeersch », « le maire de Valbonne Jean Morel », « la ministre de
 * l'Intérieur Léa Morand », "the mayor of Tulsa
 * Ann Reyes": the span opens with what a lower-case role serves, and the holder named after it is a person of
 * their own. A capitalised role is a title of the name after it and is left alone.
 */
function servedByRole(tokens: Token[], a: number): boolean {
  const first = tokens[a] as Token;
  // « d'Arles »: the elision is the particle; « de l'Intérieur »: the particle comes before the elided article.
  const ownParticle = first.elided && !SERVES.has(tokens[a - 1]?.text ?? '');
  if (!ownParticle && !SERVES.has(tokens[a - 1]?.text ?? '')) return false;
  let r = ownParticle ? a - 1 : a - 2;
  // « le sénateur socialiste du Finistère », « la sénatrice Les Républicains (LR) de l'Hérault »: the role's
  // party, written as an adjective, a name or an acronym in brackets, may come between the role and its seat.
  for (let n = 0; n < QUALIFIERS_MAX && qualifiesRole(tokens[r], first.sentence); n++) r--;
  const role = tokens[r];
  if (!role?.isWord || role.text !== role.text.toLowerCase() || role.sentence !== first.sentence)
    return false;
  return BODY_ROLES.has(role.folded) || ENGLISH_ROLES.has(role.folded);
}

const QUALIFIERS_MAX = 5;
/** A word that may stand between a role and what it serves: not a function word, nor a role itself. */
const qualifiesRole = (t: Token | undefined, sentence: number): boolean =>
  t !== undefined &&
  t.sentence === sentence &&
  (t.text === '(' ||
    t.text === ')' ||
    (t.isWord && !t.stop && !BODY_ROLES.has(t.folded) && !ENGLISH_ROLES.has(t.folded)));
