import { isKnownName } from './gazetteer';
import { COURTESY_TITLES, TITLE_PARTICLES } from './lexicon';
import type { Token } from './tokenize';

/**
 * "président de LR", "patron de Renault", "directeur de Google": after a role (not a courtesy title: « M. de
 * Villepin » is a surname), « de » and an acronym, a known body or place, or a name the text also writes
 * without a particle, name what the person heads, not a surname ("le général de Gaulle" keeps its own).
 */
export function headsBody(tokens: Token[], from: number, title: string): boolean {
  const t = tokens[from];
  if (!t || COURTESY_TITLES.has(title)) return false;
  if (t.loud || isKnownName(t.folded)) return true;
  return tokens.some(
    (o, i) => i !== from && o.text === t.text && !TITLE_PARTICLES.has(tokens[i - 1]?.text ?? ''),
  );
}
