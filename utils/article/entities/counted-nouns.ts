// French counts kinds of things with an indefinite article: « un Ehpad de Mérignac » is one care home of a town,
// « une Ehpad » or « un Samu » a kind written as an acronym. A name is one of a kind: nobody writes « un Bordeaux »
// for the city. Known names (« une Tesla », « un Airbus ») are read before these rules.
import { afterArticle } from './common-nouns';
import { personContext } from './context-cues';
import { GIVEN_NAMES, isKnownName, ORG_WORDS } from './gazetteer';
import type { EntityGroup } from './group';
import { isQuoted, type Mention } from './mention';
import type { Token } from './tokenize';

const INDEFINITE = new Set(['un', 'une']);
const PARTICLES = new Set(['de', 'du', 'des']);
// Heads that name one thing with their complement even after « un » (« une Coupe du monde », « un Grand Prix »).
const NAMED_HEADS = new Set('coupe prix tour festival salon championnat ligue mondial'.split(' '));

/** A lower-case « un » or « une » just before tokens[at]. */
const afterIndefinite = (tokens: readonly Token[], at: number): boolean =>
  INDEFINITE.has(tokens[at - 1]?.text ?? '');

/**
 * « d’un Ehpad de Mérignac », « un Ehpad d’Arcachon »: in French, one unknown word after « un »/« une » and before
 * « de » or an elided « d’ » and more of the name is a kind of thing; the name is what follows the particle.
 */
export function countedNounOpens(tokens: readonly Token[], a: number, b: number, lang: string): boolean {
  if (lang !== 'fr' || b - a < 2 || !afterIndefinite(tokens, a)) return false;
  const word = tokens[a] as Token;
  const next = tokens[a + 1] as Token;
  const particle = (PARTICLES.has(next.text) && b - a > 2) || (next.elided && next.capital);
  return (
    particle &&
    !word.loud &&
    !NAMED_HEADS.has(word.folded) &&
    !ORG_WORDS.has(word.folded) &&
    !isKnownName(word.folded)
  );
}

/**
 * « un Ehpad » … « l’Ehpad »: in French, one word written once at least after « un » or « une » and only ever
 * after an article is a kind of thing (names are one of a kind), unless a title, a verb of speaking or quotes
 * say otherwise. Known names are read before this.
 */
export function isCountedNoun(g: EntityGroup, body: readonly Mention[], lang: string): boolean {
  if (lang !== 'fr' || body.length === 0 || g.keys.size !== 1) return false;
  const [key = ''] = g.keys;
  if (/\s/.test(key) || GIVEN_NAMES.has(key)) return false;
  return (
    body.some((m) => INDEFINITE.has(m.before[0] ?? '')) &&
    body.every((m) => afterArticle(m) && !m.personCue && !personContext(m) && !isQuoted(m))
  );
}
