import { isFrenchDemonym, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Token } from './tokenize';

// Roles whose « de l’Intérieur », « aux Transports » names a portfolio; « les ministres chargés de la Pêche ».
const ROLES = new Set(
  'ministre ministres delegue deleguee delegues deleguees charge chargee charges chargees'.split(' '),
);
const OF = new Set(['de', 'des', 'du', 'la', 'aux', 'au']);

/** « ministre français », « ministres ukrainiens »: a nationality written small between the role and its portfolio. */
function nationality(token: Token | undefined): boolean {
  return !!token && token.text === token.text.toLowerCase() && isFrenchDemonym(token.folded);
}

/**
 * « ministre de l’Intérieur », « ministre délégué aux Transports », « ministre français des Affaires étrangères »,
 * « ministre de la Mer et de la Pêche »: the name is a minister's portfolio.
 */
function afterRole(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= from - 2 && OF.has(tokens[k]?.folded ?? '')) k--;
  if (k === from - 1) return false;
  // « ministre de la Mer et de la Pêche »: the second of two portfolios.
  if (tokens[k]?.text === 'et' && tokens[k - 1]?.capital) return afterRole(tokens, k - 1);
  if (nationality(tokens[k])) k--;
  return ROLES.has(tokens[k]?.folded ?? '');
}

/**
 * A portfolio only ever named after a minister's role ("Intérieur", "Économie"): the person holding it is the
 * entity, the word alone names nothing a reader looks for (« le ministère de l’Intérieur » is a name of its own).
 * A country is no portfolio (« ministre de Chine aux États-Unis », an envoy).
 */
export function isPortfolio(g: EntityGroup, tokens: readonly Token[]): boolean {
  if ([...g.keys].some((k) => PLACES.has(k))) return false;
  return g.mentions.every((m) => !m.headline && afterRole(tokens, m.from));
}
