import type { EntityType } from '@/utils/article/types';
import { isAcronymLike } from './acronyms';
import type { EntityGroup } from './group';
import { REPORTING_VERBS } from './lexicon';
import type { Mention } from './mention';
import type { Token } from './tokenize';

// An acronym is never a person (see classify), yet most acronyms news writes are bodies' names: what it does
// and what it awards say so. Index figures, diseases and statistics ("FTSE", "AIDS", "RBI") take neither.

/** Past forms of what a body does as a subject ("RDR urged", "DNIB issued", "the SDA had called"). */
const BODY_VERBS = new Set(
  `urged appealed called demanded accused issued agreed decided threatened rejected signed launched ordered
  condemned welcomed approved voted pledged vowed insisted blamed criticised criticized sued hired appointed
  elected nominated banned suspended fined ruled recommended proposed aired streamed broadcast televised
  published`.split(/\s+/),
);
// What a body does, said in the present ("the HSE advises", « la DGAC confirme ») or, in French, with its past
// participle after « a » (« la DGAC a demandé »); folded, « demande » and « demandé » are one word. English
// forms that are plural nouns too are left out ("RUN calls", "CSS issues", "GDPR fines").
const BODY_PRESENT = new Set(
  `advises urges recommends confirms warns requires publishes airs televises
  confirme demande recommande exige ordonne appelle publie interdit autorise sanctionne avertit preconise
  impose`.split(/\s+/),
);
const AUXILIARIES = new Set(['has', 'had', 'have', 'a', 'avait']);
// What a broadcaster or a publisher will do: "ESPN will stream the match", "the BBC will air it".
const MEDIA_ACTS = new Set(['stream', 'broadcast', 'air', 'televise', 'publish']);
// « l’Anses ne recommande pas »: the negation's first word stands between the body and its verb.
const NEGATION = new Set(['ne', 'n']);

/** What a body awards or runs: "his WBO featherweight title", "a CONCACAF qualifier", "the NBA season". */
const AWARDED = new Set(
  `title titles belt championship championships season playoffs playoff semifinal semifinals semi-final
  final finals qualifier qualifiers qualifying draft tournament rankings ranking`.split(/\s+/),
);
// A weight or a division between the body and its title: "WBO featherweight title", "IBF light-heavyweight".
const DIVISION = /(?:weight|world|junior|senior|women|men)$/;

/** A body's people and parts after its acronym: "FBI officials", "AMO agents", "PKK rebels", "TPG team". */
const BODY_NOUNS = new Set(
  `officials official staff members member headquarters chairman chairwoman president director commissioner
  chief leadership team agents forces troops fighters rebels guerrillas militants delegation
  delegates envoy lawmakers subsidiaries subsidiary`.split(/\s+/),
);
/** A body takes a plural verb in British usage: "LNER are able to", "the BBC have said". */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);

const verbAt = (w: string): boolean => REPORTING_VERBS.has(w) || BODY_VERBS.has(w) || BODY_PRESENT.has(w);

/**
 * The words after an acronym say a body: the subject of a reporting verb or of a body's act ("the SDA said",
 * "RDR urged", "DNIB has issued", "LNER are", "ESPN will stream"), its people ("FBI officials", "AMO agents"), or the awarder of a
 * title or the organiser of a competition ("his WBO featherweight title", "their CONCACAF semifinal").
 */
export function bodyAcronymContext(m: Mention): boolean {
  // "Popular Revolutionary Army (EPR) urged": the verb after the brackets is the body's too.
  const [a0 = '', a1 = ''] = m.after[0] === ')' ? m.after.slice(1) : m.after;
  // "DXAs are": a plural of a common noun's acronym takes the verb too.
  const plural = PLURAL_VERBS.has(a0) && !/\p{Ll}$/u.test(m.surface);
  return (
    verbAt(a0) ||
    ((AUXILIARIES.has(a0) || NEGATION.has(a0)) && verbAt(a1)) ||
    (a0 === 'will' && MEDIA_ACTS.has(a1)) ||
    plural ||
    BODY_NOUNS.has(a0) ||
    AWARDED.has(a0) ||
    (DIVISION.test(a0) && AWARDED.has(a1))
  );
}

/**
 * Types as organisations the untyped acronyms written in brackets straight after an organisation's name, though
 * their letters spell another language's words ("the Party of Democratic Action (SDA)", "Popular Revolutionary
 * Army (EPR)"). `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeBracketedAcronyms(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: Token[],
): EntityType[] {
  const endAt = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const m of g.mentions) endAt.set(m.to, i);
  });
  return types.map((t, i) => {
    const g = groups[i] as EntityGroup;
    if (t !== 'other' || ![...g.surfaces.keys()].every(isAcronymLike)) return t;
    const named = g.mentions.some((m) => {
      if (tokens[m.from - 1]?.text !== '(' || tokens[m.to]?.text !== ')') return false;
      const before = endAt.get(m.from - 1);
      return before !== undefined && types[before] === 'organization';
    });
    return named ? 'organization' : t;
  });
}
