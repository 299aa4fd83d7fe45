import { verbFollows } from './acts';
import type { Mention } from './mention';
import { isTitle } from './titles';
import type { Token } from './tokenize';

// Reporting verbs, folded, after a clause that presents the speaker ("Ann Lee, a nurse at the clinic, said").
// The same verb before the speaker (« », explique X », "said Dr X") is left out: there it as often quotes an
// outside expert the story is not about (measured: the reader's gold loses key@5 with it).
const REPORTING = new Set(
  `explique precise souligne indique ajoute affirme estime raconte confie detaille rappelle assure observe note
  resume poursuit conclut temoigne commente insiste reconnait avertit previent martele declare
  said says added explained noted warned recalled insisted argued`.split(/\s+/),
);
const DASHES = new Set(['—', '–']);
// How many tokens a clause set off by commas after a name may run before its verb ("Ann Lee, who chairs the
// campaign, said", « Laure Vidal, arrivée sur place peu après 18 heures, a évoqué »).
const CLAUSE_MOST = 12;
// After such a comma, a lone « a » is the verb only before a participle written as one (« a détaillé », « a dit »),
// not the English article ("Ann Lee, a nurse").
const WRITTEN_PARTICIPLE = /(?:é|i|u|is|it|ert)$/u;

/** Index of the token before the mention, past a courtesy title and its full stop ("said Dr. Lee"). */
function beforeTitles(m: Mention, tokens: readonly Token[]): number {
  let i = m.from - 1;
  while (i >= 0 && (isTitle(tokens[i]) || (tokens[i]?.text === '.' && isTitle(tokens[i - 1])))) i--;
  return i;
}

/** « » — X, chercheuse au CNRS »: a dash signs the words quoted before it; nothing but a role follows the name. */
function signsQuote(m: Mention, tokens: readonly Token[], i: number): boolean {
  if (!DASHES.has(tokens[i]?.text ?? '')) return false;
  const prev = tokens[i - 1];
  if (prev?.isWord === true && prev.line === tokens[i]?.line) return false;
  const next = tokens[m.to];
  return next === undefined || next.text === ',' || next.line !== tokens[m.to - 1]?.line;
}

/**
 * X, role or clause, verb: the name set off by a comma, the clause after it closed by one, then the verb whose
 * subject the name is (« Claire Roy, a détaillé », "Ann Lee, who chairs the campaign, said").
 */
function actsPastClause(m: Mention, tokens: readonly Token[]): boolean {
  if (tokens[m.to]?.text !== ',') return false;
  const sentence = tokens[m.to]?.sentence;
  for (let j = m.to; j < Math.min(tokens.length, m.to + CLAUSE_MOST); j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return false;
    if (t.text !== ',') continue;
    const a0 = tokens[j + 1]?.folded ?? '';
    const a1 = tokens[j + 2];
    if (a0 === 'a' && !WRITTEN_PARTICIPLE.test(a1?.text ?? '')) continue;
    if (REPORTING.has(a0) || verbFollows(a0, a1?.folded ?? '')) return true;
  }
  return false;
}

/**
 * The article gives the person a voice or has them act though it names them with their role: signing a quote
 * after a dash (« » — X, chercheuse au CNRS »), or set off by commas before their verb (« La directrice
 * financière, X, a détaillé », "X, who chairs the campaign, said"). `actsIn` reads only a verb right after the name.
 */
export function voicedIn(m: Mention, tokens: readonly Token[]): boolean {
  return signsQuote(m, tokens, beforeTitles(m, tokens)) || actsPastClause(m, tokens);
}
