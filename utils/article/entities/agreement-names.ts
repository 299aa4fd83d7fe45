import { PLACES } from './gazetteer';
import type { Token } from './tokenize';

// French names an agreement after the town where it was reached, its kind in lower case: « l’accord de Doha »,
// « les accords d’Oslo », « le protocole de Kyoto ». The town alone is not what the sentence speaks of. A treaty
// or a convention (« traité de Prague », « convention de Genève ») keeps its town: the historical press's gold
// (HIPE) reads the town there.
const AGREEMENT_HEADS = new Set(['accord', 'accords', 'protocole', 'pacte']);

/**
 * Index where the one-word name at `a` really starts: at the lower-case kind of agreement and the « de » or « d’ »
 * right before a known place (« accord de Doha »); else `a`.
 */
export function agreementStart(tokens: readonly Token[], text: string, a: number, b: number): number {
  const place = tokens[a];
  if (b - a !== 1 || !place || !PLACES.has(place.folded)) return a;
  // « d’Oslo » carries its « d’ » before the place's token; « de Doha » writes it apart.
  const elidedOf = place.elided && /^d[’']$/.test(text.slice(place.start - 2, place.start));
  const k = elidedOf ? a - 1 : tokens[a - 1]?.text === 'de' ? a - 2 : -1;
  const head = tokens[k];
  return head && !head.capital && head.sentence === place.sentence && AGREEMENT_HEADS.has(head.folded)
    ? k
    : a;
}
