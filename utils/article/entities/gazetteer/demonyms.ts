// Nationality and people words ("Tunisian", "Américains", "Suisses"): capitalised, but an adjective or a people,
// not a key entity of the article. Folded; plural forms are found by the caller.
import { ENGLISH_COUNTRIES, FRENCH_COUNTRIES } from './nationality-countries';
import { words } from './set';

/** English nationality words (besides nationality-countries.ts's) and the group words news capitalises ("Islamist"). */
const ENGLISH = `african albanian american andorran angolan arab arabian argentine argentinian armenian asian austrian
azerbaijani bahraini bangladeshi belarusian bolivian bosnian briton bulgarian burmese cambodian cameroonian
caribbean chadian chilean colombian congolese croatian cuban cypriot czech danish ecuadorian emirati english
eritrean estonian ethiopian european filipino finnish georgian ghanaian guatemalan haitian honduran hungarian
icelandic indonesian irish ivorian jamaican jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao
latvian liberian libyan lithuanian luxembourgish macedonian malagasy malaysian malian maltese mauritanian
moldovan mongolian montenegrin mozambican namibian nepalese nigerian nigerien norwegian omani palestinian
panamanian paraguayan persian peruvian qatari romanian rwandan scandinavian scottish senegalese serbian
singaporean slovak slovakian slovenian somali soviet sri lankan sudanese taiwanese tajik tanzanian thai
tibetan turkmen ugandan uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean latino latina
hispanic western eastern northern southern african-american islamist islamic muslim jewish christian catholic
protestant orthodox sunni shia shiite hindu buddhist jihadist sikh kurd kurds brits yankee chechen serb croat
bosniak azeri uighur uyghur tamil sinhalese basque catalan flemish walloon corsican hutu tutsi pashtun baloch
druze alawite copt moslem`;

/**
 * French nationality nouns and adjectives besides nationality-countries.ts's, masculine (feminine and plural forms
 * found by isDemonymWord).
 */
const FRENCH = `africain americain anglais arabe argentin armenien asiatique autrichien bulgare camerounais chilien colombien
congolais coreen croate cubain danois ecossais estonien europeen finlandais gallois georgien grecque
hollandais hongrois indonesien irlandais islandais ivoirien jordanien kenyan libyen lituanien luxembourgeois
malien nigerian norvegien palestinien quebecois roumain senegalais serbe slovaque slovene sovietique suissesse
tcheque venezuelien vietnamien yemenite occidental oriental islamiste musulman juif juive chretien catholique
protestant confedere helvete romand alemanique parisien genevois vaudois neuchatelois bernois zurichois
valaisan valaisanne fribourgeois jurassien tessinois lausannois bruxellois londonien viennois berlinois
suisses`;

// The adjectives whose country is known are nationality words too; not « suisse », which is also « la Suisse ».
const ENGLISH_WORDS = new Set([...words(ENGLISH), ...ENGLISH_COUNTRIES.keys()]);
const FRENCH_WORDS = new Set([
  ...words(FRENCH),
  ...[...FRENCH_COUNTRIES]
    .filter(([adjective, countries]) => !countries.has(adjective))
    .map(([adjective]) => adjective),
]);

/** "Tunisians" → "tunisian"; "Algériennes" → "algerien", "Grecque" → "grec": the forms a word may stand for. */
export function frenchForms(w: string): string[] {
  const one = w.replace(/s$/, '');
  return [w, one, one.replace(/ne$/, ''), one.replace(/e$/, ''), one.replace(/que$/, 'c')];
}

/** A French nationality word in any gender and number: capitalised, it is a noun ("l’Allemand"), never a name. */
export function isFrenchDemonym(w: string): boolean {
  return frenchForms(w).some((f) => FRENCH_WORDS.has(f));
}

/** Verdicts by word: every candidate name's words are asked about, and the same words recur. */
const VERDICTS = new Map<string, boolean>();

/** A nationality or people word, English or French, folded, in any number. */
export function isDemonymWord(w: string): boolean {
  let verdict = VERDICTS.get(w);
  if (verdict === undefined) {
    verdict =
      ENGLISH_WORDS.has(w) ||
      ENGLISH_WORDS.has(w.replace(/e?s$/, '')) ||
      ENGLISH_WORDS.has(w.replace(/s$/, '')) ||
      isFrenchDemonym(w);
    if (VERDICTS.size >= 20_000) VERDICTS.clear();
    VERDICTS.set(w, verdict);
  }
  return verdict;
}
