// A species is named by two words, the genus capitalised and the epithet in lower case ("Staphylococcus aureus",
// "Escherichia coli", "Homo sapiens"): the epithet is part of the name, though written in lower case.
import { isKnownName } from './gazetteer';
import { isStop } from './span';
import type { Token } from './tokenize';

type Run = [number, number];

// Latin epithets' endings: -us, -um, -is, -ii, -ae, -ensis, -ens, -ans, -ica, -osa, -ata, -ana, and a consonant and
// -i ("coli", "pylori", "aegypti"). A bare -a is left out: French futures (« devra », « pourra ») end so.
const EPITHET = /^\p{Ll}{2,}(?:us|um|is|ii|ae|ens|ans|ica|osa|ata|ana|[bcdfghklmnprstvz]i)$/u;

/** The lower-case epithet right after the one-word run [a, b), or undefined. */
function epithetAfter(tokens: readonly Token[], a: number, b: number): Token | undefined {
  const genus = tokens[a];
  const t = tokens[b];
  if (b - a !== 1 || !genus || !t || genus.loud || t.sentence !== genus.sentence) return;
  if (
    t.start !== genus.start + genus.text.length + 1 ||
    t.text.length < 4 ||
    isStop(t) ||
    !EPITHET.test(t.text)
  )
    return;
  return t;
}

/**
 * A capitalised word and a Latin-looking epithet written together twice or more, the epithet never written
 * elsewhere in the text, are one species' name; a name the gazetteer knows keeps its own end.
 */
export function withSpeciesEpithets(tokens: readonly Token[], runs: Run[]): Run[] {
  const pairs = new Map<string, number>();
  for (const [a, b] of runs) {
    const e = epithetAfter(tokens, a, b);
    if (e)
      pairs.set(`${tokens[a]?.folded} ${e.folded}`, (pairs.get(`${tokens[a]?.folded} ${e.folded}`) ?? 0) + 1);
  }
  if (pairs.size === 0) return runs;
  const written = new Map<string, number>();
  for (const t of tokens) if (t.isWord && !t.capital) written.set(t.folded, (written.get(t.folded) ?? 0) + 1);
  const takes = (a: number, b: number): boolean => {
    const e = epithetAfter(tokens, a, b);
    const genus = tokens[a]?.folded ?? '';
    const n = e ? (pairs.get(`${genus} ${e.folded}`) ?? 0) : 0;
    return e !== undefined && n >= 2 && written.get(e.folded) === n && !isKnownName(genus);
  };
  return runs.map(([a, b]): Run => (takes(a, b) ? [a, b + 1] : [a, b]));
}
