// Countries, regions and a few capitals as German, Spanish, Italian, Portuguese, Dutch and Polish write them, where that
// differs from the English and French forms of places.ts; folded like nameKey(). Only forms no English or French
// text uses as a word ("Island", German Iceland, and Polish "Indie", "Czech", "Chin" are left out). Polish
// declines its country names: the nominative and the forms news writes most (genitive, locative) are listed.
import { RUSSIAN_DECLINED_PLACES, RUSSIAN_PLACES } from './russian-places';
import { keys } from './set';

/** Countries, by language. */
const COUNTRIES_BY_LANGUAGE = `
deutschland|frankreich|osterreich|schweiz|italien|spanien|polen|tschechien|ungarn|rumanien|bulgarien|
griechenland|turkei|russland|weissrussland|niederlande|belgien|luxemburg|schweden|norwegen|finnland|
grossbritannien|vereinigte staaten|vereinigtes konigreich|irland|kroatien|serbien|slowakei|slowenien|litauen|
lettland|estland|kanada|mexiko|brasilien|argentinien|kolumbien|sudafrika|agypten|marokko|tunesien|algerien|
syrien|libanon|jordanien|saudi arabien|katar|indien|indonesien|sudkorea|nordkorea|australien|neuseeland|
espana|francia|alemania|reino unido|estados unidos|luxemburgo|rusia|marruecos|paises bajos|belgica|suiza|suecia|
noruega|dinamarca|finlandia|polonia|turquia|egipto|ucrania|corea del sur|corea del norte|sudafrica|
nueva zelanda|arabia saudita|arabia saudi|hungria|rumania|republica checa|chequia|brasil|
italia|germania|spagna|regno unito|stati uniti|cina|giappone|brasile|svizzera|grecia|turchia|egitto|ucraina|
paesi bassi|belgio|svezia|norvegia|danimarca|messico|
alemanha|franca|espanha|japao|suica|holanda|paises baixos|mocambique|inglaterra|africa do sul|
nederland|duitsland|frankrijk|belgie|spanje|verenigd koninkrijk|verenigde staten|rusland|oekraine|
zwitserland|oostenrijk|engeland|turkije|griekenland|zweden|noorwegen|denemarken|
polska|polski|polsce|niemcy|niemiec|niemczech|francja|francji|rosja|rosji|ukraina|ukrainy|ukrainie|czechy|
czechach|wlochy|wloch|wloszech|hiszpania|hiszpanii|wielka brytania|wielkiej brytanii|stany zjednoczone|
stanow zjednoczonych|stanach zjednoczonych|chiny|chinach|japonia|japonii|bialorus|bialorusi|litwa|litwy|
litwie|wegry|wegier|wegrzech|turcja|turcji|szwecja|szwecji|austrii|nowa zelandia|nowej zelandii`;

/**
 * Capitals and cities (and the Oder and the Vistula) as German, Spanish, Italian, Dutch and Polish write them by
 * forms of their own, Polish ones declined.
 */
const CITIES_BY_LANGUAGE = `
mailand|rom|warschau|moskau|prag|genf|brussel|peking|lissabon|kopenhagen|athen|
moskou|praag|parijs|londen|
bruselas|bruxelas|parigi|londra|bruksela|brukseli|
moskwa|moskwie|berlina|berlinie|pragi|wieden|wiedniu|paryz|paryzu|londyn|londynie|waszyngton|kijow|kijowie|
gdansk|gdanska|gdansku|wroclaw|wroclawia|wroclawiu|poznan|poznaniu|lodz|lodzi|bydgoszcz|bydgoszczy|krakowa|krakowie|
warszawy|warszawie|opole|opola|opolu|szczecin|szczecina|szczecinie|lublin|lublina|lublinie|katowice|
katowic|katowicach|odra|odry|odrze|wisla|wisly|wisle`;

/** Regions of Italy, Spain and Brazil as their own press writes them ("Sicilia", "Cataluña", "Minas Gerais"). */
const REGIONS_BY_LANGUAGE = `
sicilia|calabria|lombardia|toscana|puglia|campania|sardegna|piemonte|veneto|liguria|emilia romagna|
friuli venezia giulia|trentino alto adige|umbria|abruzzo|basilicata|molise|valle d aosta|
andalucia|cataluna|comunidad valenciana|pais vasco|euskadi|castilla y leon|castilla la mancha|extremadura|
asturias|cantabria|navarra|murcia|canarias|islas canarias|baleares|islas baleares|
mato grosso|mato grosso do sul|amazonas|minas gerais|bahia|pernambuco|santa catarina|rio grande do sul|goias|
maranhao|ceara|paraiba|alagoas|rondonia|tocantins|amapa|roraima|espirito santo|sergipe|piaui`;

/** Countries in the languages read names only. */
export const FOREIGN_COUNTRIES = keys(COUNTRIES_BY_LANGUAGE);

/** Countries, regions and cities in the languages read names only. */
export const FOREIGN_PLACES = new Set([
  ...keys(`${COUNTRIES_BY_LANGUAGE}|${REGIONS_BY_LANGUAGE}|${CITIES_BY_LANGUAGE}`),
  ...RUSSIAN_PLACES,
]);

/**
 * Polish (and Russian: see russian-places.ts) places declined, the nominative first: one place however the sentence declines it ("w Polsce",
 * "z Polski"). One place a line. Forms English or French write ("Ukraine", "Czech") are left out.
 */
export const DECLINED_PLACES: readonly string[][] = `
polska|polski|polsce|polske
niemcy|niemiec|niemczech|niemcom
francja|francji|francje
rosja|rosji|rosje
ukraina|ukrainy|ukrainie
czechy|czechach
wlochy|wloch|wloszech
hiszpania|hiszpanii
stany zjednoczone|stanow zjednoczonych|stanach zjednoczonych
chiny|chinach
japonia|japonii
bialorus|bialorusi
litwa|litwy|litwie
wegry|wegier|wegrzech
turcja|turcji
szwecja|szwecji
austria|austrii
nowa zelandia|nowej zelandii
warszawa|warszawy|warszawie
krakow|krakowa|krakowie
gdansk|gdanska|gdansku
wroclaw|wroclawia|wroclawiu
opole|opola|opolu
szczecin|szczecina|szczecinie
lublin|lublina|lublinie
katowice|katowic|katowicach
odra|odry|odrze
wisla|wisly|wisle
poznan|poznaniu
lodz|lodzi
bydgoszcz|bydgoszczy
moskwa|moskwie
berlin|berlina|berlinie
londyn|londynie
paryz|paryzu
wieden|wiedniu
kijow|kijowie`
  .trim()
  .split('\n')
  .map((line) => line.split('|'))
  .concat(RUSSIAN_DECLINED_PLACES);
