import { isKnownName } from './gazetteer';
import { COURTESY_TITLES } from './lexicon';
import type { Token } from './tokenize';

// Particles that may open a surname after a title ("le général de Gaulle").
const PARTICLES = new Set(['de', 'du', 'van', 'von', 'da', 'di', 'del']);

/**
 * "président de LR", "patron de Renault", "directeur de Google": after a role (not a courtesy title: « M. de
 * Villepin » is a surname), « de » and an acronym, a known body or place, or a name the text also writes
 * without a particle, name what the person heads, not a surname ("le général de Gaulle" keeps its own).
 */
export function headsBody(tokens: Token[], from: number, title: string): boolean {
  const t = tokens[from];
  if (!t || COURTESY_TITLES.has(title)) return false;
  if (t.loud || isKnownName(t.folded)) return true;
  return tokens.some((o, i) => i !== from && o.text === t.text && !PARTICLES.has(tokens[i - 1]?.text ?? ''));
}
