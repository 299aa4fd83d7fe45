// One person written several ways: "Patrick Carlineo Jr", "Patrick W. Carlineo", "Pat Carlineo"; a generational
// suffix, a middle initial or a short form of the given name does not make another person, two given names or
// "Jr" and "Sr" do.
import { CLUB_FIRST, EVENT_WORDS, MEDIA_WORDS, ORG_WORDS, PLACE_WORDS, PLACES } from './gazetteer';
import { isPersonShaped } from './person-shape';
import type { UnionFind } from './union-find';

// Written after a full name without changing who it is ("Jr.", "III", a barrister's "QC"), as each is written
// for short.
const NAME_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ...['jr', 'sr', 'ii', 'iii', 'iv', 'qc', 'kc'].map((s) => [s, s] as const),
  ['junior', 'jr'],
  ['senior', 'sr'],
]);
const SURNAME_PARTICLES = new Set(['de', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del']);

// Short forms of English given names that are not simply their first letters, and those that are (a prefix
// alone is not enough: "Ann" is not "Annabel", "Eli" not "Elizabeth").
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  `pat:patrick,patricia dan:daniel danny:daniel chris:christopher,christian,christine,christina
  alex:alexander,alexandra,alexandre sam:samuel,samantha jon:jonathan ron:ronald don:donald tim:timothy
  rob:robert bob:robert bobby:robert robbie:robert bill:william billy:william will:william jim:james
  jimmy:james jamie:james mike:michael mick:michael tom:thomas tommy:thomas nick:nicholas,nicolas joe:joseph
  tony:anthony dave:david steve:stephen,steven andy:andrew drew:andrew matt:matthew ben:benjamin ed:edward
  eddie:edward ted:edward greg:gregory jeff:jeffrey ken:kenneth kenny:kenneth larry:lawrence liz:elizabeth
  beth:elizabeth kate:katherine,catherine,kathleen katie:katherine,catherine,kathleen kathy:katherine,kathleen
  jen:jennifer jenny:jennifer sue:susan fred:frederick pete:peter phil:philip,phillip rick:richard
  rich:richard dick:richard charlie:charles chuck:charles jake:jacob zach:zachary vince:vincent walt:walter
  abe:abraham doug:douglas ray:raymond gerry:gerald,gerard jerry:gerald,jerome nate:nathan,nathaniel
  josh:joshua`
    .split(/\s+/)
    .map((pair) => {
      const [short = '', long = ''] = pair.split(':');
      return [short, long.split(',')] as const;
    }),
);

/** A person's name in parts: given name, middle names or initials, surname (with its particles), suffix. */
interface NameParts {
  given: string;
  middles: string[];
  surname: string;
  suffix: string;
}

/** The key without its generational suffix: "patrick carlineo jr" gives "patrick carlineo". */
export function withoutNameSuffix(key: string): string {
  const cut = key.lastIndexOf(' ');
  // Three words at least: "Eubank Jr" keeps its suffix, the surname alone would be left.
  if (cut < 0 || !NAME_SUFFIXES.has(key.slice(cut + 1)) || key.indexOf(' ') === cut) return key;
  return key.slice(0, cut);
}

function partsOf(key: string): NameParts | null {
  const ws = key.split(' ');
  const suffix = ws.length > 2 ? (NAME_SUFFIXES.get(ws.at(-1) ?? '') ?? '') : '';
  if (suffix) ws.pop();
  if (ws.length < 2) return null;
  let s = ws.length - 1;
  while (s > 1 && SURNAME_PARTICLES.has(ws[s - 1] ?? '')) s--;
  return { given: ws[0] ?? '', middles: ws.slice(1, s), surname: ws.slice(s).join(' '), suffix };
}

/** "pat" and "patrick", "b" (an initial) and "benjamin", or the same name twice. */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return (SHORT_FORMS.get(a)?.includes(b) ?? false) || (SHORT_FORMS.get(b)?.includes(a) ?? false);
}

/** Whether two names may be one person: same surname, no clashing suffix, given and middle names alike. */
function mayBeOnePerson(a: NameParts, b: NameParts): boolean {
  if (a.surname !== b.surname || !sameGivenName(a.given, b.given)) return false;
  if (a.suffix && b.suffix && a.suffix !== b.suffix) return false;
  const n = Math.min(a.middles.length, b.middles.length);
  for (let i = 0; i < n; i++) if (!sameGivenName(a.middles[i] ?? '', b.middles[i] ?? '')) return false;
  // "Robert F. Kennedy" and "Robert F. Kennedy Jr" written alike but for the suffix: a father and his son.
  return !(a.given === b.given && a.middles.join() === b.middles.join() && a.suffix !== b.suffix);
}

/**
 * Joins the full names of one person written differently ("Patrick Carlineo Jr", "Patrick W. Carlineo", "Pat
 * Carlineo"): each name with all the names that may be the same person, when those may all be one person too
 * ("Pat Smith" stays apart when "Patrick Smith" and "Patricia Smith" are both written).
 */
export function mergePersonVariants(keys: readonly string[], uf: UnionFind): void {
  const people = keys
    .filter((k) => k.includes(' ') && isPersonShaped(withoutNameSuffix(k)))
    .map((k) => ({ key: k, parts: partsOf(k) }))
    .filter((p): p is { key: string; parts: NameParts } => p.parts !== null);
  const bySurname = new Map<string, (typeof people)[number][]>();
  for (const p of people) bySurname.set(p.parts.surname, [...(bySurname.get(p.parts.surname) ?? []), p]);
  for (const same of bySurname.values()) {
    if (same.length < 2) continue;
    const alike = same.map((p) => [p, ...same.filter((o) => o !== p && mayBeOnePerson(p.parts, o.parts))]);
    // A name that may be two people who are not one ("Chris" for "Christopher" and "Christine") joins none.
    const sure = alike.map((all) =>
      all.every((x) => all.every((y) => x === y || mayBeOnePerson(x.parts, y.parts))),
    );
    alike.forEach(([p, ...others], i) => {
      for (const o of others) if (p && sure[i] && sure[same.indexOf(o)]) uf.union(p.key, o.key);
    });
  }
}

/** "B. U. Nzeribe": a name opening with an initial, shown after a full one ("Benjamin Nzeribe"). */
export const opensWithInitial = (surface: string): boolean => /^\p{Lu}\.? /u.test(surface);

/** "Pat Carlineo": a name opening with the short form of a given name, shown after its full form. */
export const opensWithShortForm = (surface: string): boolean =>
  surface.includes(' ') && SHORT_FORMS.has(surface.split(' ')[0]?.toLowerCase() ?? '');

/**
 * "Laurens van der Maaten" for "van der Maaten" or "Maaten": particles before a surname make a person's name, so
 * the one word before them is a given name even when no list knows it. A body or a place is no given name ("Tour
 * de France", "Gare du Nord", "Olympique de Vannes"). `ending`: the article's names that end with `surname`.
 */
export function givenNamesBeforeParticles(surname: string, ending: readonly string[]): string[] {
  const sw = surname.split(' ');
  const core = sw.at(-1) ?? '';
  // One word after the particles: "Studie von André Heller" names a study, not a person called André Heller.
  if (
    sw.slice(0, -1).some((w) => !SURNAME_PARTICLES.has(w)) ||
    SURNAME_PARTICLES.has(core) ||
    PLACES.has(core)
  )
    return [];
  return ending.filter((f) => {
    const fw = f.split(' ');
    const given = fw[0] ?? '';
    const between = fw.slice(1, -1);
    return (
      between.length > 0 &&
      between.every((w) => SURNAME_PARTICLES.has(w)) &&
      ![ORG_WORDS, PLACE_WORDS, PLACES, CLUB_FIRST, EVENT_WORDS, MEDIA_WORDS].some((list) => list.has(given))
    );
  });
}
