// French writes courts and councils in lower case before the place they sit in: « la cour d’assises du Rhône »,
// « le tribunal correctionnel de Bordeaux », « le conseil municipal de Grenoble ». The body, not the place alone,
// is what the sentence names.
import type { Token } from './tokenize';

// A head and the kind written after it, then « de », « du », « des », « de la », « de l’ » or « d’ ».
const COURT_BEFORE_NAME = new RegExp(
  `^(?:tribunal\\s+(?:correctionnel|judiciaire|administratif|de\\s+commerce|pour\\s+enfants)` +
    `|cour\\s+(?:d[’']\\s*assises|d[’']\\s*appel|administrative\\s+d[’']\\s*appel|criminelle(?:\\s+départementale)?)` +
    `|conseil\\s+(?:municipal|départemental|régional|communautaire|métropolitain|de\\s+prud[’']\\s*hommes))` +
    `\\s+(?:de|des|du|de\\s+la|de\\s+l[’']|d[’'])\\s*$`,
  'iu',
);
const HEADS = new Set(['tribunal', 'cour', 'conseil']);

/**
 * Index of the court's or council's head before the place starting at `a` (« tribunal correctionnel de
 * Bordeaux »), else `a`.
 */
export function courtStart(tokens: readonly Token[], text: string, a: number): number {
  const first = tokens[a];
  if (!first) return a;
  for (let k = a - 1; k >= Math.max(0, a - 5); k--) {
    const head = tokens[k] as Token;
    if (head.sentence !== first.sentence) return a;
    if (HEADS.has(head.folded) && COURT_BEFORE_NAME.test(text.slice(head.start, first.start))) return k;
  }
  return a;
}
