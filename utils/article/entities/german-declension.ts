import { fold } from '@/utils/shared/fold';

// A German name opened by adjectives is declined with its article ("der Afrikanischen Schweinepest", "den
// Olympischen Spielen", "des Deutschen Caritasverbandes"); a reader expects it as the name is written alone, without
// an article: "Afrikanische Schweinepest", "Olympische Spiele", "Deutscher Caritasverband". The adjective's ending
// follows the gender of the noun after it, read from the noun's (compound) head; a head of no known gender is left
// as written.

// Adjectives that open names, by their stems: "-isch" and "-lich" after three letters at least ("Afrikanisch", not
// "Fisch"), "-deutsch", and these. Stems in "-ig" are left out: a town's "-er" is invariable ("Leipziger Messe").
const DECLINED = /^(\p{Lu}\p{Ll}+)(?:e|en|er|es|em)$/u;
const STEMS =
  /^(?:\p{Ll}{3,}(?:isch|lich)|\p{Ll}*deutsch|international|national|auswartig|heilig|frei|rot|neu|gross|weiss|schwarz|nah|fern|vereinigt|vereint|erneuerbar)$/u;

/** The stem of a declined German adjective ("Afrikanisch" for "Afrikanischen"), or null. */
export function adjectiveStem(word: string): string | null {
  const stem = DECLINED.exec(word)?.[1];
  return stem !== undefined && STEMS.test(fold(stem)) ? stem : null;
}

// Heads of compounds, by gender; the longest head that ends the noun wins.
const FEMININE = `ung heit keit schaft tion sion tat ie ei ik enz anz pest kommission bank bahn union partei kirche
hochschule akademie liga telekom post polizei zeitung strasse allee insel galerie bibliothek klinik messe borse
kammer behorde armee marine republik gemeinde stadt region provinz welle presse bucht kuste agentur stiftung
vereinigung foderation organisation allianz konferenz front fraktion`;
const MASCULINE = `verband bund tag rat fonds verein dienst kreis konzern fruhling preis ring gerichtshof markt orden
sender funk rundfunk zoo park wald platz flughafen hafen bahnhof krieg staat gipfel vertrag kongress pakt senat
ausschuss osten kanton`;
const NEUTER = `institut reich kaiserreich kreuz amt zentrum ministerium museum gericht werk parlament komitee netzwerk
theater orchester haus forum festival gymnasium krankenhaus klinikum kabinett bundnis buro programm meer gebirge
archiv labor observatorium konservatorium fernsehen land spiel`;
// Plural heads, nominative; their datives add an "-n" ("Olympischen Spielen").
const PLURALS = 'spiele staaten nationen inseln emirate regeln bundeslander'.split(' ');

type Gender = 'f' | 'm' | 'n' | 'p';
const HEADS: ReadonlyArray<[string, Gender]> = [
  ...FEMININE.split(/\s+/).map((h): [string, Gender] => [h, 'f']),
  ...MASCULINE.split(/\s+/).map((h): [string, Gender] => [h, 'm']),
  ...NEUTER.split(/\s+/).map((h): [string, Gender] => [h, 'n']),
].sort(([a], [b]) => b.length - a.length);

const ENDING: Record<Gender, string> = { f: 'e', m: 'er', n: 'es', p: 'e' };

/** The gender of a noun and its nominative singular (a masculine or neuter genitive "-s"/"-es" dropped). */
function nounForm(noun: string): [Gender, string] | null {
  const folded = fold(noun.split('-').at(-1) ?? noun);
  const plural = PLURALS.find((p) => folded.endsWith(p) || folded.endsWith(`${p}n`));
  if (plural !== undefined) return ['p', folded.endsWith(plural) ? noun : noun.slice(0, -1)];
  for (const cut of [0, 1, 2]) {
    const ending = folded.slice(folded.length - cut);
    if (cut > 0 && ending !== 's' && ending !== 'es') continue;
    const stem = folded.slice(0, folded.length - cut);
    const head = HEADS.find(([h]) => stem.endsWith(h));
    if (!head) continue;
    // Only masculine and neuter nouns take a genitive "-s".
    if (cut > 0 && head[1] === 'f') return null;
    return [head[1], noun.slice(0, noun.length - cut)];
  }
  return null;
}

/**
 * "Afrikanischen Schweinepest" → "Afrikanische Schweinepest", "Deutsche Bundestag" → "Deutscher Bundestag",
 * "Deutschen Instituts für Wirtschaftsforschung" → "Deutsches Institut für Wirtschaftsforschung": the name as written
 * alone. Names not opened by a German adjective, or whose noun's gender is unknown, are returned unchanged.
 */
export function nominativeName(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && adjectiveStem(words[k] ?? '') !== null) k++;
  if (k === 0) return name;
  const form = nounForm(words[k] ?? '');
  if (!form) return name;
  const [gender, noun] = form;
  const adjectives = words.slice(0, k).map((w) => (adjectiveStem(w) ?? w) + ENDING[gender]);
  return [...adjectives, noun, ...words.slice(k + 1)].join(' ');
}

/**
 * "des Landgerichts Berlin" → "Landgericht Berlin", "des Bundesamts für Strahlenschutz" → "Bundesamt für
 * Strahlenschutz": a body's noun in the genitive before its place or remit, as written alone. `surface` follows "des"; other names are returned unchanged.
 */
export function nominativeAfterDes(surface: string): string {
  const [first = '', ...rest] = surface.split(' ');
  const next = rest[0] ?? '';
  if (adjectiveStem(first) !== null || (next !== 'für' && !/^\p{Lu}/u.test(next))) return surface;
  const noun = nounForm(first)?.[1];
  return noun && noun !== first ? [noun, ...rest].join(' ') : surface;
}
