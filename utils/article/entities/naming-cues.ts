// "sold as Mounjaro", "a backdoor called Quillgate", "a storm dubbed Ophira": the words before a capitalised
// word say it is a name, though the article writes it only once.
import { isDescriptor } from './descriptor-openers';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import { isNamedAfterForm } from './person-shape';
import { ADJECTIVE } from './span';

const NAMING_VERBS = new Set(['called', 'dubbed', 'nicknamed', 'codenamed', 'branded', 'named']);
// "as" after these: "sold as", "marketed as", "known as".
const AS_VERBS = new Set(['sold', 'marketed', 'known', 'branded', 'billed']);

// Kinds of streets and buildings French writes in lower case before their name: « rue Jean-Jaurès », « gare
// Matabiau », « lycée Victor-Hugo », « hôpital Avicenne », « piscine Jean-Bouin ».
export const STREETS: ReadonlySet<string> = new Set(
  'rue avenue boulevard quai allee impasse chemin esplanade gare'.split(' '),
);
/** A name opened by a street's noun in lower case (« rue Royale Sainte-Marie »): a street, named with its noun. */
export function opensStreet(surface: string): boolean {
  const head = surface.slice(0, surface.indexOf(' '));
  return head !== '' && head === head.toLowerCase() && STREETS.has(nameKey(head));
}
// The same kinds in the languages read names only, in lower case before a name: « el telescopio James Webb », «
// lo stadio Giuseppe Meazza », « o aeroporto Santos Dumont », "teleskop Jamesa Webba".
const NAMED_AFTER_ELSEWHERE = 'telescopio teleskop satelite sonda estadio stadio aeropuerto aeroporto'.split(
  ' ',
);
// Prizes are named after people so too: « prix Louis-Delluc », « trophée Jean-Bouin ».
const PRIZES = ['prix', 'trophee', 'medaille'];
// « le groupe scolaire Jules-Ferry »: a school, its kind's adjective right before the name.
export const NAMED_AFTER: ReadonlySet<string> = new Set([
  ...'lycee college ecole scolaire stade hopital universite aeroport musee piscine gymnase parc square pont salle telescope satellite sonde navire porte-avions'.split(
    ' ',
  ),
  ...NAMED_AFTER_ELSEWHERE,
  ...PRIZES,
]);

// Heads French writes with a capital before the person a body is named after: « l’Institut Jacques Monod », « la
// Fondation Jean Jaurès », « le Lycée Victor Hugo ».
export const PERSON_NAMED_HEADS: ReadonlySet<string> = new Set([
  ...NAMED_AFTER,
  'institut',
  'fondation',
  'centre',
]);

// Kinds of firm French writes in lower case before a name it may give once: « la société Logistock 93 »,
// « l’entreprise Vendôme Froid », « la start-up Mistral ». A capital there is a name's, though written once.
export const FIRMS: ReadonlySet<string> = new Set(
  'societe entreprise start-up startup enseigne filiale firme pme constructeur fabricant'.split(' '),
);

// Kinds of periodical written in lower case before its title: « la revue Nature », « le quotidien Libération »,
// "the journal Antiquity".
const PERIODICALS: ReadonlySet<string> = new Set(
  'revue journal magazine quotidien hebdomadaire mensuel bimestriel trimestriel'.split(' '),
);

/** « lycée Victor-Hugo », « le télescope spatial James Webb »: the kind of building or craft, an adjective between. */
export const namedAfter = (m: Mention): boolean =>
  NAMED_AFTER.has(m.before[0] ?? '') ||
  (ADJECTIVE.test(m.before[0] ?? '') && NAMED_AFTER.has(m.before[1] ?? ''));

/**
 * The mention follows words that introduce a name: "called", "dubbed", "sold as", "known as", « chez », or a kind
 * of street or building in lower case (« l’hôpital Pontchaillou »), a kind of firm (« la société Arvex ») or of
 * periodical (« la revue Nature », "the journal Antiquity"), or the kind of body before it ("Rival Lowe's was also
 * lower", "the chipmaker Arvex").
 */
export const isNamedByCue = (m: Mention): boolean =>
  NAMING_VERBS.has(m.before[0] ?? '') ||
  (m.before[0] === 'as' && AS_VERBS.has(m.before[1] ?? '')) ||
  STREETS.has(m.before[0] ?? '') ||
  // « publié chez Lanterne », « ingénieure chez Renault »: « chez » before a capital names a house or a firm.
  m.before[0] === 'chez' ||
  NAMED_AFTER.has(m.before[0] ?? '') ||
  FIRMS.has(m.before[0] ?? '') ||
  PERIODICALS.has(m.before[0] ?? '') ||
  isDescriptor(m.before[0] ?? '');

// Kinds named after a person that are places (« stade Jean-Dauger », « rue Jean-Jaurès ») or bodies (« hôpital
// Louis-Pasteur », « lycée Victor-Hugo »); prizes are neither.
const PLACE_KINDS = new Set([
  ...STREETS,
  ...'stade piscine gymnase parc square pont salle aeroport'.split(' '),
]);
const BODY_KINDS = new Set('lycee college ecole scolaire hopital universite musee'.split(' '));

/**
 * What a group named after a person in French is, when it is: every name of it the named-after form, alone or
 * after its kind written with a capital (« Stade Jean-Dauger »), and its kind written once at least, inside the name
 * or before it (« l’hôpital Louis-Pasteur »). 'place' or 'organization' by the kind, 'other' for a prize or a
 * building of no known kind; undefined when the group is no such name.
 */
export function namedAfterKind(
  surfaces: readonly string[],
  mentions: readonly Mention[],
): 'place' | 'organization' | 'other' | undefined {
  const kinds: string[] = [];
  for (const s of surfaces) {
    const ws = s.trim().split(/\s+/);
    const form = ws.at(-1) ?? '';
    if (ws.length > 2 || !isNamedAfterForm(form)) return undefined;
    if (ws.length === 2) kinds.push(nameKey(ws[0] ?? ''));
  }
  for (const m of mentions) {
    const b0 = m.before[0] ?? '';
    if (STREETS.has(b0) || NAMED_AFTER.has(b0)) kinds.push(b0);
  }
  const known = kinds.filter((k) => STREETS.has(k) || NAMED_AFTER.has(k));
  if (known.length === 0 || known.length < kinds.length) return undefined;
  if (known.some((k) => PLACE_KINDS.has(k))) return 'place';
  return known.some((k) => BODY_KINDS.has(k)) ? 'organization' : 'other';
}
