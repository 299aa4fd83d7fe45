import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import type { Token } from './tokenize';

// Nouns that say "company" right before its name in the languages read names only: « la empresa Montecon », « a
// montadora Caoa », « l'azienda Brembo », "spółka Koltrans", "компания Яндекс", "das Start-up Lumora". Folded. A
// name there is a company's even when the article writes it alone, as a single word that says nothing by itself.
const COMPANY_NOUNS = new Set(
  `empresa compania fabricante aerolinea multinacional startup start-up companhia montadora construtora operadora
  azienda societa produttore spolka koncern producent przewoznik bedrijf fabrikant компания фирма концерн
  корпорация холдинг unternehmen konzern hersteller firma`.split(/\s+/),
);

// German compounds closed by one: "Stahlhersteller", "Softwarekonzern", "Autobauer", "Modeunternehmen".
const COMPANY_HEAD = /\p{L}{3}(?:konzern|unternehmen|hersteller|bauer|anbieter|zulieferer|firma|start-?up)$/u;

/** A folded word that says "company" before a name: a company noun, or a German compound closed by one. */
export const isCompanyNoun = (folded: string): boolean =>
  COMPANY_NOUNS.has(folded) || COMPANY_HEAD.test(folded);

/** The folded word ending at tokens[i], with the word a hyphen joins before it: "Start-up" is tokenised apart. */
function hyphenated(tokens: readonly Token[], text: string, i: number): string {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev?.isWord || text[t.start - 1] !== '-' || prev.start + prev.text.length + 1 !== t.start)
    return t?.folded ?? '';
  return `${prev.folded}-${t.folded}`;
}

// German articles of a singular noun, "die" and "den" aside: "die Unternehmen", "den Herstellern" are plurals too.
const SINGULAR = new Set('der das dem des ein eine einer eines einem einen'.split(' '));

/**
 * Where nouns take capitals, a singular article before the company noun (an adjective may come between: "das
 * Berliner Start-up"), or "die Firma": "die Unternehmen Inhalte löschen" is a plural before an object.
 */
function singularBefore(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i]?.folded ?? '';
  for (const j of [i - 1, i - 2]) {
    const w = tokens[j]?.folded ?? '';
    if (SINGULAR.has(w) || (w === 'die' && noun.endsWith('firma'))) return true;
  }
  return false;
}

/** Folded single words written right after a company noun ("empresa Montecon" gives "montecon"). */
export function companyNamed(tokens: readonly Token[], text: string): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!next?.capital || !next.isWord || !t.isWord || !isCompanyNoun(hyphenated(tokens, text, i))) return;
    if (t.capital && !singularBefore(tokens, text[t.start - 1] === '-' ? i - 1 : i)) return;
    // "die Firma Müller & Söhne": a name of several words is read as such; the cue is for a word alone.
    const after = tokens[i + 2];
    if (after?.capital && after.isWord && after.sentence === next.sentence) return;
    out.add(next.folded);
  });
  return out;
}

/** A single-word name the text writes after a company noun somewhere. */
export const isCompanyNamed = (g: EntityGroup, named: ReadonlySet<string> | undefined): boolean =>
  !!named && [...g.keys].some((k) => !k.includes(' ') && named.has(k));

/** Read names only, a name written after a company noun is a company's, unless the text made it a person or place. */
export function typeCompanies(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
  named: ReadonlySet<string> | undefined,
): EntityType[] {
  return types.map((t, i) => {
    const g = groups[i];
    return g && t !== 'person' && t !== 'place' && isCompanyNamed(g, named) ? 'organization' : t;
  });
}
