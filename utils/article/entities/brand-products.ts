// "Bose" … "the Bose Aria Buds" … "the Aria Buds", « Withings » … « la Withings Body Scan » … « la Body Scan 2 »:
// a review names the brand alone, then its product with and without the brand, and sometimes with its
// generation's number. The brand gazetteer (see mergeBrandPrefixes) cannot know a small brand; the article naming
// it alone can.
import { GIVEN_NAMES, isDemonymWord, PLACES } from './gazetteer';
import type { Mention } from './mention';
import type { UnionFind } from './union-find';

// A generation's number after a product's name: "Body Scan 2", "Aria Buds 3".
const GENERATION = / \d{1,2}$/;

const model = (key: string): string => key.replace(GENERATION, '');

/**
 * Joins "B X Y" to "X Y" (or "X Y 2") when "B", one word, is also named alone and written apart from the rest: a
 * brand before one of its products. Neither part may be a place or a given name ("Inter Milan" is no "Milan",
 * "Anna Berger" is a person joined elsewhere), and the product takes two words at least: one word after another
 * ("House Democrats", "Mac Pro") is as often a body's part or a model's suffix.
 */
export function mergeBrandProducts(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  uf: UnionFind,
  places: ReadonlySet<string>,
): void {
  const byModel = new Map<string, string[]>();
  for (const k of keys) {
    const m = model(k);
    if (m.includes(' ')) byModel.set(m, [...(byModel.get(m) ?? []), k]);
  }
  const known = (w: string): boolean =>
    PLACES.has(w) || places.has(w) || GIVEN_NAMES.has(w) || isDemonymWord(w);
  for (const k of keys) {
    const at = k.indexOf(' ');
    if (at < 0) continue;
    const brand = k.slice(0, at);
    const rest = model(k.slice(at + 1));
    if (!rest.includes(' ') || !byKey.has(brand) || known(brand) || known(rest)) continue;
    // "Browns-Steelers" is a match of two sides, not a brand's product.
    if (!byKey.get(k)?.some((m) => m.surface.includes(' '))) continue;
    for (const product of byModel.get(rest) ?? []) if (product !== k) uf.union(k, product);
  }
}

// « d’ » and « de » before a maker's name: « le Kindle Colorsoft d’Amazon », « la Galaxy Tab de Samsung ».
const MAKER_OF = / d(?:e)? (\S+)$/;

/**
 * Joins « X d’Y » to « X » when the text also names X (two words at least) and Y alone, one word and no place:
 * a product and its maker as a complement (« le Kindle Colorsoft d’Amazon » … « le Kindle Colorsoft »), one product.
 */
export function mergeMakerComplements(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  uf: UnionFind,
  places: ReadonlySet<string>,
): void {
  for (const k of keys) {
    const m = MAKER_OF.exec(k);
    const maker = m?.[1] ?? '';
    const product = m ? k.slice(0, m.index) : '';
    if (!product.includes(' ') || !byKey.has(product) || !byKey.has(maker)) continue;
    if (PLACES.has(maker) || places.has(maker) || GIVEN_NAMES.has(maker) || isDemonymWord(maker)) continue;
    uf.union(k, product);
  }
}
