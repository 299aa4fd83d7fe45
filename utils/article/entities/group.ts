import { hasAccent, stripAccents } from '@/utils/shared/fold';
import { aliasOf, isSeatName } from './aliases';
import { PLACE_WORDS, PLACES } from './gazetteer';
import { nominativeName } from './german-declension';
import type { Mention } from './mention';
import { opensStreet } from './naming-cues';
import { nameKey } from './normalize';
import { opensWithInitial, opensWithShortForm } from './person-variants';
import { isCaseOf } from './slavic-cases';

/** All mentions of one entity, every variant together. */
export interface EntityGroup {
  /** Matching keys (nameKey) of the variants. */
  keys: Set<string>;
  mentions: Mention[];
  /** Surface forms and how often each was written. */
  surfaces: Map<string, number>;
}

/** Builds a group from mentions already known to name one entity. */
export function makeGroup(keys: Iterable<string>, mentions: Mention[]): EntityGroup {
  const surfaces = new Map<string, number>();
  for (const m of mentions) surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
  return { keys: new Set(keys), mentions, surfaces };
}

const wordCount = (s: string): number => s.split(/[\s-]+/).length;
const shouting = (s: string): boolean => s.length > 4 && !/\p{Ll}/u.test(s);

const isAliasCanonical = (s: string): boolean => aliasOf(nameKey(s)) === nameKey(s);

const isShort = (s: string): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(s.replace(/\s/g, ''));

/**
 * The name to show: the longest well-formed variant ("Barack Obama" over "Obama"), unless the article mostly
 * writes an abbreviation ("U.S.", "CNIL") and the long form only once or twice; then not in capitals, most
 * written, shortest (a declined name's own form), accented.
 */
export function canonicalName(g: EntityGroup): string {
  // "der Afrikanischen Schweinepest" shown "Afrikanische Schweinepest": a German name as written alone.
  return nominativeName(writtenName(g));
}

/** The form to show, as the text writes it (see canonicalName). */
function writtenName(g: EntityGroup): string {
  const all = [...g.surfaces.entries()].filter(([s]) => !/^\(/.test(s));
  // "Hamburg" rather than "Stadt Hamburg" when the article writes both; « Ville de Saguenay » rather than the
  // « Ville » that stands for it, a place's word alone.
  // « rue Royale Sainte-Marie » keeps its street's noun, written in lower case: the street is no town.
  const plain = all.filter(([s]) =>
    s.includes(' ')
      ? !PLACE_WORDS.has(nameKey(s).split(' ')[0] ?? '') || opensStreet(s)
      : !PLACE_WORDS.has(nameKey(s)),
  );
  const named = plain.filter(([s]) => !opensWithInitial(s));
  // "Benjamin Nzeribe" rather than "B. U. Nzeribe"; "J. K. Rowling" rather than "Rowling".
  const forms = named.some(([s]) => s.includes(' ')) ? named : plain.length > 0 ? plain : all;
  const short = forms.filter(([s]) => isShort(s)).sort(([, a], [, b]) => b - a)[0];
  const longCount = forms.filter(([s]) => !isShort(s)).reduce((n, [, c]) => n + c, 0);
  if (short && short[1] >= 2 && short[1] >= 2 * longCount) return short[0];
  const anyMixed = forms.some(([s]) => !shouting(s));
  forms.sort(
    ([a, ca], [b, cb]) =>
      // « Union européenne » over « Vingt-Sept »: of names that stand for one another, the one readers expect.
      Number(isAliasCanonical(b)) - Number(isAliasCanonical(a)) ||
      // « l'Assemblée » over « Palais-Bourbon »: the body's name over its seat's.
      Number(isSeatName(nameKey(a))) - Number(isSeatName(nameKey(b))) ||
      wordCount(b) - wordCount(a) ||
      Number(anyMixed && shouting(a)) - Number(anyMixed && shouting(b)) ||
      // "Windows" over "Windowsa" written more often: a Slavic case ending added to another form of the name.
      Number(forms.some(([t]) => isCaseOf(a, t))) - Number(forms.some(([t]) => isCaseOf(b, t))) ||
      cb - ca ||
      // "Daniel Merrow" over "Dan Merrow", written as often.
      Number(opensWithShortForm(a)) - Number(opensWithShortForm(b)) ||
      // Declined forms: the shortest is most often the name's own ("Wielka Brytania", "Путин", "Deutsche Bahn").
      a.length - b.length ||
      // "États-Unis" over "Etats-Unis"; else the form written first (the sort keeps the text's order).
      (stripAccents(a) === stripAccents(b) ? Number(hasAccent(b)) - Number(hasAccent(a)) : 0),
  );
  const name = mixedCase(forms[0]?.[0] ?? '', forms);
  // "Kestrel Ohio Corporation" shown as "Kestrel Ohio" when the article writes that too; "British Broadcasting
  // Corporation" keeps its word.
  const written = WORDED_LEGAL_FORM.exec(name);
  if (written && forms.some(([s]) => s === name.slice(0, written.index))) return name.slice(0, written.index);
  // « Kindle Colorsoft » rather than « Kindle Colorsoft d’Amazon » written once: the maker is a complement. A known
  // place there says where, not who made it: « Festival d’Avignon » stays whole.
  const maker = MAKER_COMPLEMENT.exec(name);
  const place = maker !== null && PLACES.has(nameKey(maker[0].replace(OF_ELIDED, '')));
  const bare = maker && !place ? forms.find(([s]) => s === name.slice(0, maker.index)) : undefined;
  if (bare && bare[1] > (g.surfaces.get(name) ?? 0)) return bare[0];
  // « Route du Rhum » written more often than « Route du Rhum-Destination Guadeloupe »: the tail is a sponsor's.
  const head = forms.find(
    ([s]) => s.includes(' ') && name.startsWith(s) && HYPHENED_TAIL.test(name.slice(s.length)),
  );
  if (head && head[1] > (g.surfaces.get(name) ?? 0)) return head[0];
  return withoutLegalForm(name, forms.length > 1);
}

/**
 * « LE HAVRE » (a dateline) chosen for its words when the article also writes « Havre »: shown as « Le Havre », the
 * words the mixed-case form lacks capitalised as a name's.
 */
// A hyphen and a capital opening what follows a name (see sponsor-tails.ts).
const HYPHENED_TAIL = /^[-‐‑]\p{Lu}/u;

function mixedCase(name: string, forms: readonly [string, number][]): string {
  if (!shouting(name)) return name;
  const tail = forms
    .map(([s]) => s)
    .find(
      (s) =>
        /\p{Ll}/u.test(s) && name.length > s.length && name.toLowerCase().endsWith(` ${s.toLowerCase()}`),
    );
  if (!tail) return name;
  return capitalised(name.slice(0, name.length - tail.length)) + tail;
}

/** A name written in capitals with a capital to each of its words only ("DANA WHITLOW" gives "Dana Whitlow"). */
export const capitalised = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

const LEGAL_FORM = /,?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|S\.?A|AG|GmbH|N\.?V|SpA|SAS)\.?$/u;
const WORDED_LEGAL_FORM = /,?\s+(?:Corporation|Company)$/u;
// A maker's name as a French complement closing a product's: « d’Amazon », « de Samsung ».
const MAKER_COMPLEMENT = / d(?:e |['’])\p{Lu}[\p{L}\d-]*$/u;
const OF_ELIDED = /^ d(?:e |['’])/u;

/** "Magna International Inc" shown as "Magna International" when the article also names it otherwise. */
function withoutLegalForm(name: string, hasVariants: boolean): string {
  const short = name.replace(LEGAL_FORM, '');
  return hasVariants && short.length > 1 ? short : name;
}
