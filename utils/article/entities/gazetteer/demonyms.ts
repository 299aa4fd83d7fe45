// Nationality and people words ("Tunisian", "Américains", "Suisses"): capitalised, but an adjective or a people,
// not a key entity of the article. Folded; plural forms are found by the caller.
import { words } from './set';

/** English nationality words and the group words news capitalises ("Islamist"). */
const ENGLISH = `afghan african albanian algerian american andorran angolan arab arabian argentine argentinian
armenian asian australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian
brazilian british briton bulgarian burmese cambodian cameroonian canadian caribbean chadian chilean chinese
colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean
estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan haitian
honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian libyan
lithuanian luxembourgish macedonian malagasy malaysian malian maltese mauritanian mexican moldovan mongolian
montenegrin moroccan mozambican namibian nepalese nigerian nigerien norwegian omani pakistani palestinian
panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan saudi scandinavian
scottish senegalese serbian singaporean slovak slovakian slovenian somali soviet spanish sri lankan sudanese
swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian
uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean latino latina hispanic western
eastern northern southern african-american islamist islamic muslim jewish christian catholic protestant
orthodox sunni shia shiite hindu buddhist jihadist sikh kurd kurds brits yankee chechen serb croat
bosniak azeri uighur uyghur tamil sinhalese basque catalan flemish walloon corsican hutu tutsi pashtun baloch
druze alawite copt moslem`;

/** French nationality nouns and adjectives, masculine (feminine and plural forms found by isDemonymWord). */
const FRENCH = `afghan africain algerien allemand americain anglais arabe argentin armenien asiatique australien autrichien
belge bresilien britannique bulgare camerounais canadien chilien chinois colombien congolais coreen croate
cubain danois ecossais egyptien espagnol estonien europeen finlandais francais gallois georgien grec grecque
hollandais hongrois indien indonesien irakien iranien irlandais islandais israelien italien ivoirien japonais
jordanien kenyan libanais libyen lituanien luxembourgeois malien marocain mexicain neerlandais nigerian
norvegien pakistanais palestinien polonais portugais quebecois roumain russe saoudien senegalais serbe
slovaque slovene sovietique suedois suissesse syrien tcheque tunisien turc ukrainien venezuelien vietnamien
yemenite occidental oriental islamiste musulman juif juive chretien catholique protestant confedere helvete
romand alemanique parisien genevois vaudois neuchatelois bernois zurichois valaisan valaisanne fribourgeois
jurassien tessinois lausannois bruxellois londonien viennois berlinois suisses`;

const ENGLISH_WORDS = words(ENGLISH);
const FRENCH_WORDS = words(FRENCH);

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
