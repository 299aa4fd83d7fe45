// « Ensemble pour la République », « Alliance pour la Démocratie », « Fondation pour la Nature et l'Homme »: French
// parties and bodies name their cause with « pour », an article and a capitalised noun (and « et » a second one).
// Two runs around « pour la » are one name when the text writes the whole so at least twice, or once after a word
// that announces a body's name (« le groupe Ensemble pour la République »): a sentence that happens to set a name
// before « pour la France » does not repeat itself.
import { joinRepeatedPairs, spanKey } from './repeated-pairs';
import type { Token } from './tokenize';

type Run = [number, number];

const ARTICLES = new Set(['la', 'le', 'les', 'un', 'une']);
// Words that announce a body's name, folded, written before it or in it (« La Fondation pour la Nature »).
const CUES = new Set('groupe parti mouvement fondation association coalition'.split(' '));

/** Words between two runs, `from` to `to`, are `link` (« pour », « et »), an article or an elision, then the noun. */
function linked(tokens: Token[], from: number, to: number, link: string): boolean {
  const word = tokens[from];
  if (word?.text !== link) return false;
  const noun = tokens[to];
  if (!noun?.capital || noun.sentence !== word.sentence) return false;
  if (to === from + 1) return noun.elided;
  return to === from + 2 && ARTICLES.has(tokens[from + 1]?.text ?? '');
}

/** The run [a, b) holds « pour » between two of its words: a cause's name already joined. */
const hasPurpose = (tokens: Token[], a: number, b: number): boolean => {
  for (let i = a + 1; i < b - 1; i++) if (tokens[i]?.text === 'pour') return true;
  return false;
};

/** A word that announces a body stands before the run [a, b) or in it before « pour ». */
function announced(tokens: Token[], a: number, b: number): boolean {
  for (let i = a - 1; i < b && tokens[i]?.text !== 'pour'; i++)
    if (CUES.has(tokens[i]?.folded ?? '')) return true;
  return false;
}

/** Joins the runs of a French name that states its cause with « pour » (see above). */
export function joinPurposeNames(tokens: Token[], runs: Run[]): Run[] {
  const cued = new Set<string>();
  const pass = (link: string, left: (a: number, b: number) => boolean, input: Run[]): Run[] => {
    const bridged = (i: number): boolean => {
      const [a, b] = input[i] as Run;
      const next = input[i + 1];
      if (next === undefined || !left(a, b) || !linked(tokens, b, next[0], link)) return false;
      if (tokens[a]?.sentence !== tokens[b]?.sentence) return false;
      if (announced(tokens, a, b)) cued.add(spanKey(tokens, a, next[1]));
      return true;
    };
    return joinRepeatedPairs(
      input,
      bridged,
      (from, to) => spanKey(tokens, from, to),
      (k) => cued.has(k),
    );
  };
  const joined = pass('pour', () => true, runs);
  return joined === runs ? runs : pass('et', (a, b) => hasPurpose(tokens, a, b), joined);
}
