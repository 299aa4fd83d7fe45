// "Ryzen 9 9950X3D", "Core Ultra 7 265K": a product line, its tier's digit and the model's code.
import type { Token } from './tokenize';
import type { UnionFind } from './union-find';

// A model's code: digits then capitals, and maybe more of both ("9950X3D", "285K", "14900KS").
const CODE = /^\d{2,5}\p{Lu}[\p{Lu}\d]*$/u;
const TIER = /^\d$/;

/**
 * How many tokens after the run ending at `b` name its model: a one-digit tier then a code, each one space after
 * the word before, inside the sentence ("Ryzen" + "7 9800X3D"); 0 otherwise.
 */
export function tierAndCode(tokens: readonly Token[], b: number): number {
  const last = tokens[b - 1];
  const tier = tokens[b];
  const code = tokens[b + 1];
  if (!last || !tier || !code || tier.sentence !== last.sentence || code.sentence !== last.sentence) return 0;
  const spaced =
    tier.start === last.start + last.text.length + 1 && code.start === tier.start + tier.text.length + 1;
  return spaced && TIER.test(tier.text) && CODE.test(code.text) ? 2 : 0;
}

const CODE_KEY = /^\d{2,5}\p{Ll}[\p{Ll}\d]*$/u;

/** "9950X3D" alone joins the one model named in full with it ("Ryzen 9 9950X3D"). */
export function mergeModelCodes(keys: readonly string[], uf: UnionFind): void {
  for (const k of keys) {
    if (!CODE_KEY.test(k)) continue;
    const full = keys.filter((f) => f.endsWith(` ${k}`));
    if (full.length > 0 && new Set(full.map((f) => uf.find(f))).size === 1) uf.union(k, full[0] ?? k);
  }
}
