// "Ryzen 9 9950X3D", "Core Ultra 7 265K": a product line, its tier's digit and the model's code.

import { letterShape } from '@/utils/shared/letter-shape';
import type { Token } from './tokenize';
import type { UnionFind } from './union-find';

// A model's code: digits then capitals, and maybe more of both ("9950X3D", "285K", "14900KS").
// Shapes (see letter-shape.ts).
const CODE = /^\d{2,5}U[U\d]*$/;
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
  return spaced && TIER.test(tier.text) && CODE.test(letterShape(code.text)) ? 2 : 0;
}

const CODE_KEY = /^\d{2,5}l[l\d]*$/;

/** "9950X3D" alone joins the one model named in full with it ("Ryzen 9 9950X3D"). */
export function mergeModelCodes(keys: readonly string[], uf: UnionFind): void {
  // Names of two words at least by their last word, looked up for each code (not a pass over every name).
  const byLastWord = new Map<string, string[]>();
  for (const f of keys) {
    const at = f.lastIndexOf(' ');
    if (at < 0) continue;
    const list = byLastWord.get(f.slice(at + 1));
    if (list) list.push(f);
    else byLastWord.set(f.slice(at + 1), [f]);
  }
  for (const k of keys) {
    if (!CODE_KEY.test(letterShape(k))) continue;
    const full = byLastWord.get(k) ?? [];
    if (full.length > 0 && new Set(full.map((f) => uf.find(f))).size === 1) uf.union(k, full[0] ?? k);
  }
}

// A model's short code: letters then a digit ("xm6", "s24"), three characters at least ("n1" is too short to say).
const SHORT_CODE = /^l{1,4}\d[l\d]*$/;
const MIN_SHORT_CODE = 3;

/**
 * The short codes a model's full code answers to: its last word after a hyphen or a space ("wh 1000xm6" gives
 * "1000xm6"), and that word's tail from a letters block after a digit ("xm6").
 */
function codeTails(key: string): string[] {
  const at = key.lastIndexOf(' ');
  if (at < 0) return [];
  const last = key.slice(at + 1);
  if (!/\d/.test(last) || !/\p{Ll}/u.test(last)) return [];
  const tails = [last];
  for (let i = 1; i < last.length; i++)
    if (/\d/.test(last[i - 1] ?? '') && /\p{Ll}/u.test(last[i] ?? '')) tails.push(last.slice(i));
  return tails;
}

/**
 * "XM6" alone joins "WH-1000XM6", "S24" joins "Galaxy S24": a review names a model by its full code, then by the
 * code's tail. Only when one model (one group) ends with that tail: "XM5" beside "WH-1000XM5" and "WF-1000XM5"
 * names neither for sure.
 */
export function mergeCodeTails(keys: readonly string[], uf: UnionFind): void {
  const byTail = new Map<string, string[]>();
  for (const k of keys) for (const t of codeTails(k)) byTail.set(t, [...(byTail.get(t) ?? []), k]);
  for (const k of keys) {
    if (k.length < MIN_SHORT_CODE || !SHORT_CODE.test(letterShape(k)) || uf.find(k) !== k) continue;
    const full = (byTail.get(k) ?? []).filter((f) => f !== k);
    if (full[0] && new Set(full.map((f) => uf.find(f))).size === 1) uf.union(k, full[0]);
  }
}
