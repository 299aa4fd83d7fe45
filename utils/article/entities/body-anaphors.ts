import { FIRM_NOUNS, FRENCH_FIRM_NOUNS } from './firm-anaphors';
import { ORG_WORDS } from './gazetteer';
import type { EntityGroup } from './group';
import { isHeadRole } from './head-roles';
import type { Token } from './tokenize';

// Head nouns of French local bodies ORG_WORDS lacks: « la préfecture de la Manche », « la mairie de Brest ».
const LOCAL_BODIES = new Set(['prefecture', 'mairie', 'gendarmerie']);
// What news calls a firm, a club or a party it names by its brand: "the airline", "the club", « l’entreprise ».
const KINDS = new Set([...FIRM_NOUNS, ...FRENCH_FIRM_NOUNS, 'club', 'team', 'equipe']);
const isBodyNoun = (w: string): boolean => ORG_WORDS.has(w) || LOCAL_BODIES.has(w) || KINDS.has(w);
// Head nouns of named things that are no bodies, which news names in full once and then by the noun alone: a
// bill ("the bill passed"), a work of infrastructure (« l’aéroport », "the bridge"), a river, a gathering.
const THING_NOUNS = new Set(
  `bill act treaty airport bridge tunnel dam river festival summit loi traite aeroport pont barrage riviere fleuve
  sommet`.split(/\s+/),
);
// Definite articles before the noun: "the council", « le tribunal », « la préfecture » (« l’agence » is elided).
const THE = new Set(['the', 'le', 'la']);
const ELIDED_THE = /^[lL][’']$/u;

/**
 * Where the text calls a body by its head noun alone ("the council said", « la préfecture a indiqué »), or the head
 * of an office by their role ("the minister", « le préfet »): token indices by folded noun, the noun written in
 * lower case after a definite article, no name following it (« le groupe Kestrel » names another).
 */
export function bodyNounMentions(tokens: readonly Token[], text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const noun = isBodyNoun(t.folded) || THING_NOUNS.has(t.folded) || isHeadRole(t.folded);
    if (t.capital || !t.isWord || !noun || tokens[i + 1]?.capital) continue;
    const article =
      THE.has((tokens[i - 1] as Token).folded) ||
      (t.elided && ELIDED_THE.test(text.slice(t.start - 2, t.start)));
    if (!article) continue;
    const at = out.get(t.folded) ?? [];
    at.push(i);
    out.set(t.folded, at);
  }
  return out;
}

/** Nouns of `isNoun` that open or close one of the group's names. */
function headNounsOf(g: EntityGroup, isNoun: (w: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const k of g.keys) {
    const ws = k.split(' ');
    if (ws.length < 2) continue;
    for (const w of [ws[0] ?? '', ws.at(-1) ?? '']) if (isNoun(w)) out.add(w);
  }
  return out;
}

/** Body nouns that open or close one of the group's names ("council" of "Leeds City Council", « préfecture »). */
export const bodyNounsOf = (g: EntityGroup): Set<string> => headNounsOf(g, isBodyNoun);

/**
 * Head nouns of a thing that open or close one of the group's names ("bill" of "Housing Reform Bill", « aéroport »
 * of « aéroport de Nantes-Atlantique »): the text calls it by the noun as it calls a body by its own.
 */
export const thingNounsOf = (g: EntityGroup): Set<string> => headNounsOf(g, (w) => THING_NOUNS.has(w));

/**
 * How often the text calls the body by its head noun after naming it ("Leeds City Council … the council said"),
 * or the head by their role ("Interior Minister Ann Lee … the minister said"), counting only nouns no other body
 * (or head) of the article holds: the reader reads each as the one named. The body the
 * story is about (`subject`: the one body named by a brand the title or the first sentence gives) also takes what
 * news calls a firm, a club or a party no body's name holds ("Boeing … the company said", « l’entreprise »).
 * `holders` counts, by noun, the bodies (or heads) holding it (see `bodyNounsOf`, `headRolesOf`).
 */
export function bodyAnaphors(
  g: EntityGroup,
  nouns: ReadonlySet<string>,
  said: ReadonlyMap<string, readonly number[]>,
  holders: ReadonlyMap<string, number>,
  subject: boolean,
): number {
  const first = Math.min(...g.mentions.map((m) => m.from));
  const after = (w: string): number => (said.get(w) ?? []).filter((i) => i > first).length;
  let n = 0;
  for (const w of nouns) if (holders.get(w) === 1) n += after(w);
  if (subject) for (const w of KINDS) if (!holders.has(w)) n += after(w);
  return n;
}
