import { PLACE_WORDS } from './gazetteer';
import { words } from './gazetteer/set';
import type { Mention } from './mention';
import { nameKey } from './normalize';

// Kinds of bodies written before their name: « le fonds X », « le label X », « l’éditeur X », "the fund X".
// context-cues.ts reads companies, papers and agencies so; these add the kinds a place's or a person's name never
// follows.
const BODY_KINDS = words(`fonds fund label editeur publisher cabinet banque assureur constructeur laboratoire
operateur`);

// Those who run a body, not a place: « directeur de X », "chief executive of X", "founder of X". A place has a
// mayor, a president or a prefect instead.
const HEADS = words(`directeur directrice dg pdg ceo fondateur fondatrice cofondateur cofondatrice founder
cofounder co-founder chairman chairwoman patron patronne executive executif delegue deleguee`);
// The mention keeps two words before it: « directeur général de X » shows as « général de X », as « le général
// de Castelnau » does; there it says a body only of a name a place word closes (« Haropa Port »), never a general's.
const GENERAL = words(`general generale`);
const OF = words(`de du d of`);

/**
 * The words before the mention say a body: its kind (« le fonds X ») or its head (« directeur général de X »,
 * "chief executive of X"). classify() lets a known place keep its kind (« consul général de France »).
 */
export function bodyBefore(m: Mention): boolean {
  const [b0 = '', b1 = ''] = m.before;
  if (BODY_KINDS.has(b0)) return true;
  if (!OF.has(b0)) return false;
  const ws = nameKey(m.surface).split(' ');
  return HEADS.has(b1) || (GENERAL.has(b1) && ws.length > 1 && PLACE_WORDS.has(ws.at(-1) ?? ''));
}
