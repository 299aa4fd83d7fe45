import type { EntityGroup } from './group';
import type { Mention } from './mention';
import type { Token } from './tokenize';

// How far a role reads before a name (« la maire de Grenoble, Laurence Berthier », "Jobs Minister Patty Hajdu")
// and after one set off by a comma ("Rick Nugent, the commissioner").
const ROLE_BEFORE = 7;
// A role set off by a comma before the name is the whole phrase since the clause's start, which a ministry's
// title makes long (« le ministre des Transports et de la Mobilité durable, Jonas Pell »).
const ROLE_BEFORE_COMMA = 10;
const ROLE_AFTER = 4;
// How far an appositive after the name reads for the office it says the person holds "as" ("Pietro Barabaschi,
// the Italian engineer who took over as director-general"): a clause, longer than a bare role.
const APPOSITIVE_AS = 10;
// Words saying the office a person holds or takes, before it: "as", « comme », « en tant que », an article after.
const AS = new Set(['as', 'comme']);
const ROLE_ARTICLES = new Set(['the', 'its', 'their', 'le', 'la', 'l', 'sa', 'son']);

// Heads of an office or a side, folded: who speaks and decides for a town, a ministry, a court, a union, a firm.
const HEADS = new Set(
  `ministre minister prefet prefete president presidente chairman chairwoman chair governor gouverneur gouverneure
  maire mairesse mayor premier commissioner commissaire directeur directrice director ceo pdg chief chef secretary
  secretaire procureur procureure prosecutor judge juge leader dirigeant dirigeante fondateur fondatrice founder`.split(
    /\s+/,
  ),
);
// A deputy or a former holder (a predecessor) does not lead the side the story is about.
const NOT_HEADS = new Set(
  `deputy adjoint adjointe vice sous assistant former ancien ancienne ex outgoing sortant sortante predecessor
  predecesseur`.split(/\s+/),
);

/**
 * The words of a role around the mention: the run of words just before it, or before the comma just before it,
 * and the words after a comma after it. A quote or a clause before the name is not its role.
 */
function roleWords(m: Mention, tokens: readonly Token[]): string[] {
  const words: string[] = [];
  const comma = tokens[m.from - 1]?.text === ',';
  const start = comma ? m.from - 2 : m.from - 1;
  const reach = comma ? ROLE_BEFORE_COMMA : ROLE_BEFORE;
  for (let i = start; i >= Math.max(0, start + 1 - reach); i--) {
    const t = tokens[i] as Token;
    if (!t.isWord || t.sentence !== m.sentence) break;
    words.push(t.folded);
  }
  if (tokens[m.to]?.text !== ',') return words;
  for (let i = m.to + 1; i < Math.min(tokens.length, m.to + 1 + ROLE_AFTER); i++) {
    const t = tokens[i] as Token;
    if (!t.isWord) break;
    words.push(t.folded);
  }
  const held = heldAs(tokens, m.to + 1);
  return held ? [...words, held] : words;
}

/**
 * The office an appositive says the person holds or took "as" (", who took over as director-general in 2022"),
 * folded: the word after "as" and an article, the appositive read to its next punctuation.
 */
function heldAs(tokens: readonly Token[], from: number): string | undefined {
  for (let i = from; i < Math.min(tokens.length, from + APPOSITIVE_AS); i++) {
    const t = tokens[i] as Token;
    if (!t.isWord) return undefined;
    if (!AS.has(t.folded)) continue;
    const next = tokens[i + 1];
    const role = next && ROLE_ARTICLES.has(next.folded) ? tokens[i + 2] : next;
    return role?.isWord ? role.folded : undefined;
  }
  return undefined;
}

/**
 * A word that says the head of an office or a side ("minister", « préfet »), folded, or a compound with one and
 * no deputy in it ("director-general", "secretary-general"; not "vice-president", "ex-minister").
 */
export function isHeadRole(w: string): boolean {
  if (HEADS.has(w)) return true;
  const parts = w.split('-');
  return parts.length > 1 && parts.some((p) => HEADS.has(p)) && !parts.some((p) => NOT_HEADS.has(p));
}

/**
 * The head roles the article names the person by, where it names them a head (see `isNamedHead`): "minister" of
 * "Interior Minister Ann Lee", « préfet » of « le préfet du Var, Paul Roy ».
 */
export function headRolesOf(g: EntityGroup, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const m of g.mentions) {
    if (m.headline) continue;
    const words = roleWords(m, tokens);
    if (!words.some((w) => NOT_HEADS.has(w))) for (const w of words) if (isHeadRole(w)) out.add(w);
  }
  return out;
}

/**
 * The article names the person as the head of an office or a side (the mayor, the minister, the prefect, the
 * prosecutor, the union's president, the founder), not a deputy nor a former holder: one of the story's actors
 * however seldom named.
 */
export function isNamedHead(g: EntityGroup, tokens: readonly Token[]): boolean {
  return g.mentions.some((m) => {
    if (m.headline) return false;
    const words = roleWords(m, tokens);
    return words.some(isHeadRole) && !words.some((w) => NOT_HEADS.has(w));
  });
}
