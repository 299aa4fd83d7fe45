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

/** French nationality nouns and adjectives (masculine and feminine; plurals found by the caller). */
const FRENCH = `afghan afghane africain africaine algerien algerienne allemand allemande americain americaine
anglais anglaise arabe argentin argentine armenien armenienne asiatique australien australienne autrichien
autrichienne belge bresilien bresilienne britannique bulgare camerounais camerounaise canadien canadienne
chilien chilienne chinois chinoise colombien colombienne congolais congolaise coreen coreenne croate cubain
cubaine danois danoise ecossais ecossaise egyptien egyptienne espagnol espagnole estonien estonienne
europeen europeenne finlandais finlandaise francais francaise gallois galloise georgien georgienne grec
grecque hollandais hollandaise hongrois hongroise indien indienne indonesien indonesienne irakien irakienne
iranien iranienne irlandais irlandaise islandais islandaise israelien israelienne italien italienne ivoirien
ivoirienne japonais japonaise jordanien jordanienne kenyan kenyane libanais libanaise libyen libyenne
lituanien lituanienne luxembourgeois luxembourgeoise malien malienne marocain marocaine mexicain mexicaine
neerlandais neerlandaise nigerian nigeriane norvegien norvegienne pakistanais pakistanaise palestinien
palestinienne polonais polonaise portugais portugaise quebecois quebecoise roumain roumaine russe
saoudien saoudienne senegalais senegalaise serbe slovaque slovene sovietique suedois suedoise
suissesse syrien syrienne tcheque tunisien tunisienne turc turque ukrainien ukrainienne venezuelien
venezuelienne vietnamien vietnamienne yemenite occidental occidentale oriental orientale islamiste musulman
musulmane juif juive chretien chretienne catholique protestant protestante confedere confederee helvete
romand romande alemanique parisien parisienne genevois genevoise vaudois vaudoise neuchatelois
neuchateloise bernois bernoise zurichois zurichoise valaisan valaisanne fribourgeois fribourgeoise
jurassien jurassienne tessinois tessinoise lausannois lausannoise bruxellois bruxelloise londonien
londonienne viennois viennoise berlinois berlinoise suisses`;

/** Every nationality word, folded. */
export const DEMONYMS = words(`${ENGLISH} ${FRENCH}`);

/** French nationality words: capitalised, they are nouns ("l’Allemand Uwe Peschel"), never part of a name. */
export const FRENCH_DEMONYMS = words(FRENCH);
