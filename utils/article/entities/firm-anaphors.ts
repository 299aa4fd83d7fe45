import type { EntityType } from '@/utils/article/types';
import { personContext, speaksIn } from './context-cues';
import { GIVEN_NAMES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { isFullName } from './person-shape';
import type { Token } from './tokenize';

// What news calls a firm or a party once it has named it: "Aer Lingus cancelled flights. The airline said…",
// "Fianna Fáil said it would back the bill. The party…".
export const FIRM_NOUNS = new Set(
  'airline carrier company firm retailer group bank studio lender insurer party'.split(' '),
);
// What a firm sells or serves, written right after its name: "Rakuten Kobo devices", "Aer Lingus flights".
const GOODS_AFTER = new Set(
  'devices products phones handsets apps flights customers subscribers stores outlets branches'.split(' '),
);
// What a firm says, just before its name: "the airline said Aer Lingus would refund passengers".
const SAYS = new Set(['said', 'says', 'added', 'confirmed', 'that']);
// A person's pronoun near the name: the text may be about someone who works there.
const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her', 'himself', 'herself']);

/**
 * Types as organisations the two- or three-word names that only their shape made people ("Aer Lingus", "Rakuten
 * Kobo": no known given name opens them, the text never shortens them to a surname, no title, role, age or
 * pronoun goes with them) when the text calls the firm by its kind next to them ("the airline said X would…", or
 * "The airline…" opening the next sentence) or, for a name typed a person, names its goods after it ("Rakuten Kobo
 * devices"). `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeFirmAnaphors(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
  tokens: readonly Token[],
  lower: ReadonlyMap<string, number>,
): EntityType[] {
  return types.map((type, i) => {
    const g = groups[i] as EntityGroup;
    if (type === 'other' && g.mentions.some((m) => namedAgainInFrench(tokens, m))) return 'organization';
    if ((type !== 'person' && type !== 'other') || !shapeOnly(g, lower)) return type;
    const windows = g.mentions.map((m) => window(tokens, m));
    if (windows.some(([from, to]) => hasWord(tokens, from, to, PERSONAL))) return type;
    // A product's name takes its goods too ("Wear OS devices"): they speak against a person only.
    const goods = (m: Mention): boolean => type === 'person' && GOODS_AFTER.has(tokens[m.to]?.folded ?? '');
    const firm = g.mentions.some((m, k) => goods(m) || calledFirm(tokens, windows[k] as [number, number], m));
    return firm ? 'organization' : type;
  });
}

/**
 * Every key a full name of two or three words no known given name opens, whose last word the text never writes
 * in lower case ("What Does Stadia Offer?" is a heading's verb); no mention cued as a person's.
 */
function shapeOnly(g: EntityGroup, lower: ReadonlyMap<string, number>): boolean {
  const keys = [...g.keys];
  const plain = (k: string): boolean => {
    const ws = k.split(' ');
    const first = ws[0] ?? '';
    return (
      ws.length <= 3 &&
      isFullName(k) &&
      !GIVEN_NAMES.has(first) &&
      first.length > 1 &&
      !lower.has(ws.at(-1) ?? '')
    );
  };
  // A reporting verb is as much a firm's as a person's; a role, an age or a title is a person's.
  const cued = (m: Mention): boolean => m.personCue || (personContext(m) && !speaksIn(m));
  return keys.every(plain) && !g.mentions.some(cued);
}

// The same nouns in French, after « Le » or « La » opening the next sentence: « … pour Scor. Le réassureur a chuté ».
export const FRENCH_FIRM_NOUNS = new Set(
  `entreprise societe groupe reassureur assureur constructeur laboratoire distributeur operateur fabricant
  equipementier enseigne editeur transporteur brasseur cimentier armateur chimiste banque compagnie`.split(
    /\s+/,
  ),
);
const FRENCH_ARTICLES = new Set(['Le', 'La']);

/**
 * The name closes its sentence and the next one opens with « Le » or « La » and a firm's noun, then a verb (no
 * name: « Le groupe Kestrel » names another firm).
 */
function namedAgainInFrench(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.to]?.text !== '.') return false;
  const article = tokens[m.to + 1];
  const noun = tokens[m.to + 2];
  return (
    article !== undefined &&
    FRENCH_ARTICLES.has(article.text) &&
    noun !== undefined &&
    !noun.capital &&
    FRENCH_FIRM_NOUNS.has(noun.folded) &&
    tokens[m.to + 3]?.capital !== true
  );
}

const IT = new Set(['it', 'its']);
/** The name speaks, not of itself as a firm does ("Aer Lingus said it was working"). */
const spoke = (m: Mention): boolean => speaksIn(m) && !IT.has(m.after[1] ?? '');

/** Token bounds of the mention's sentence and the next one. */
function window(tokens: readonly Token[], m: Mention): [number, number] {
  let from = m.from;
  while (from > 0 && (tokens[from - 1] as Token).sentence === m.sentence) from--;
  let to = m.to;
  while (to < tokens.length && (tokens[to] as Token).sentence <= m.sentence + 1) to++;
  return [from, to];
}

function hasWord(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (set.has((tokens[i] as Token).folded)) return true;
  return false;
}

/**
 * "the airline" before what it says of the name in its sentence, or opening the next sentence, not opening another
 * name ("the company Kestrel"), and no other name between them: "the company" stands for the nearest firm ("Stadia
 * is Google's service, and the company…").
 */
function calledFirm(tokens: readonly Token[], [from, to]: [number, number], m: Mention): boolean {
  for (let i = from; i < to - 1; i++) {
    // After the name in its own sentence, "the company" is as often the one a person speaks for ("Lena Holt said
    // the company would grow"); before it, the name is the firm when it opens what the firm says ("the airline
    // said Aer Lingus would"), not a place or a thing it acts on ("the airline cancelled flights to London
    // Heathrow"). In the next sentence, "the company" opens it, after a name that did not speak as a person does:
    // "Lena Holt said flights were full. The airline said…" answers her; "Aer Lingus said it was…" is the firm.
    const same = (tokens[i] as Token).sentence === m.sentence;
    if (same ? i >= m.from - 1 || !SAYS.has(m.before[0] ?? '') : !(tokens[i] as Token).initial || spoke(m))
      continue;
    const noun = tokens[i + 1] as Token;
    if ((tokens[i] as Token).folded !== 'the' || !FIRM_NOUNS.has(noun.folded) || noun.capital) continue;
    const [a, b] = i < m.from ? [i + 2, m.from] : [m.to, i];
    if (!tokens[i + 2]?.capital && !nameBetween(tokens, a, b)) return true;
  }
  return false;
}

/** A capitalised word inside a sentence, no function word nor weekday, between `from` and `to`. */
function nameBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.nameLike && !t.initial && !t.stop) return true;
  }
  return false;
}
