import { PRODUCTS, WORD_PRODUCTS } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';

// Words around a product's name: "the Signal app", "Messenger Signal", "l’application Word", "Update für Teams".
const PRODUCT_CUES = new Set(
  `app apps application applications appli messenger messaging messagerie chat software logiciel version update
  download users utilisateurs nutzer device devices console smartphone phone plateforme platform browser
  navigateur assistant service`.split(/\s+/),
);

/** A word next to the mention says product: a cue or another product ("WhatsApp, Signal", "Microsoft Word"). */
function inProductContext(m: Mention): boolean {
  return [...m.before, ...m.after].some(
    (w) => PRODUCT_CUES.has(w) || (PRODUCTS.has(w) && !WORD_PRODUCTS.has(w)),
  );
}

/**
 * The group's known product name is a product here: not an ordinary word that a product is named after
 * ("Signal", "Word"), or such a word with a product's context at one of its mentions, or its maker named in the
 * text (`names`: keys of the text's names; "Safari" in an article that names Apple).
 */
export function isProductHere(key: string, g: EntityGroup, names?: ReadonlySet<string>): boolean {
  if (!PRODUCTS.has(key)) return false;
  const maker = WORD_PRODUCTS.get(key);
  if (maker === undefined) return true;
  return (maker !== '' && names?.has(maker) === true) || g.mentions.some(inProductContext);
}
