// « Pixel 11a », « iPhone 17e », "Pixel 9a": a known product line, then its number with one small letter
// glued to it, is one model's name. Only after a known line: « Paris 2e » is a district, « 1er » an ordinal.
import { ORGANIZATIONS, PRODUCTS } from './gazetteer';
import type { Token } from './tokenize';

type Run = [number, number];

const LETTERED = /^\d{1,3}\p{Ll}$/u;

/**
 * The run is a known product line (after an opening « Le » or its maker: "Google Pixel 9a") and a lettered number follows it in the same
 * sentence, one space apart.
 */
export function letteredModel(tokens: readonly Token[], [a, b]: Run): boolean {
  const line = tokens[b - 1];
  const n = tokens[b];
  return (
    tokens.slice(a, b - 1).every((t) => t.stop || ORGANIZATIONS.has(t.folded)) &&
    line !== undefined &&
    n !== undefined &&
    PRODUCTS.has(line.folded) &&
    LETTERED.test(n.text) &&
    n.sentence === line.sentence &&
    n.start === line.start + line.text.length + 1
  );
}
