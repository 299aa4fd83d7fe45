// Compact word lists (French and English) used to tell names from ordinary capitalised words. Entries are
// folded like foldWord(), so "président" and "president" are one entry.
import { DAYS, MONTH_ABBREVIATIONS, MONTHS } from '@/utils/shared/calendar-words';
import { fold } from '@/utils/shared/fold';
import { ownStopwords } from '@/utils/shared/stopwords';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).map(fold));

/** Function words and frequent sentence openers: capitalised only because they start a sentence. */
export const STOPWORDS = set(`
a au aux avec ce ceci cela celle celles celui ces cet cette chez comme comment contre d dans de des depuis
donc dont du elle elles en entre et eux il ils je l la le les leur leurs lui ma mais me même mes moi mon ne ni
nos notre nous on ou par parmi pas pour pourquoi puis qu quand que quel quelle quelles quels qui quoi sa sans
se selon ses si son sous sur ta te tes toi ton tous tout toute toutes tu un une vers vos votre vous y ça voici
voilà après avant alors ainsi aussi autre autres aucun aucune bien car cependant certes certains chaque chacun
ci déjà demain désormais enfin ensuite encore hier ici jamais lors lorsque malgré néanmoins notamment or outre
parce peu plus plusieurs pourtant près quant quelque quelques sinon suite toutefois très trop grâce face fin afin
rien tant tel telle tels telles aujourd'hui oui non est sont était sera ont été fait faut peut doit voir mieux
d'autant certaines the an and but nor so yet for of in at by to from with without into onto upon over under
about above below after before since until while when where why how what which who whom whose that this these
those there here then than as if else it its it's he she they we you i him her them us my your our their his
hers ours theirs mine yours is are was were be been being has have had do does did not no yes all any both
each every few many more most much other others some such none only own same too very also just even still
however meanwhile moreover furthermore nevertheless therefore thus hence instead although though because
unless whether once now today tomorrow yesterday later earlier perhaps maybe according among amid against
between through during despite toward towards within across along around will would shall should can could may
unlike besides throughout whereas whilst
might must let lets mr mrs ms dr neither either whatever whenever wherever oh ah wow hey okay yeah please
thank thanks hello eh
`);

// Particles that begin surnames ("Van Gogh", "Von Trier"): a capitalised article at a sentence start is far more
// often the article ("Das Thema", "Los precios"), and known names keep theirs ("Los Angeles").
const NAME_PARTICLES = new Set(['van', 'von']);
const FRENCH_ONLY = ['grace'];
// Function words of French that English writes only in foreign names: "Kim Jong Un", "Aoife Ní Chonghaile"; a
// capital "D." there is an initial ("D. John Sauer").
const NOT_ENGLISH = ['un', 'ni', 'd'];
const STOP_CACHE = new Map<string, ReadonlySet<string>>();

/**
 * Function words for a text in `lang`: French and English always (pages quote both), plus the language's own
 * list when the project has one ("Die", "Questo" opening a sentence never start a name). Particles that begin
 * names are left out.
 */
export function stopwordsOf(lang: string): ReadonlySet<string> {
  const primary = lang.toLowerCase().slice(0, 2);
  const cached = STOP_CACHE.get(primary);
  if (cached) return cached;
  // The language's own list only: English topic-free words ("New", "First") may start names, while German "Am"
  // (also an English word) opens a sentence, not a name.
  const own = primary === 'fr' || primary === 'en' ? [] : [...ownStopwords(primary)];
  const set = new Set([...STOPWORDS, ...own.filter((w) => !NAME_PARTICLES.has(w))]);
  // French « grâce à » opens sentences; elsewhere Grace is a given name ("his wife Grace").
  if (primary !== 'fr') for (const w of FRENCH_ONLY) set.delete(w);
  if (primary === 'en') for (const w of NOT_ENGLISH) set.delete(w);
  STOP_CACHE.set(primary, set);
  return set;
}

/** Lower-case words that may join the parts of one name: "Department of Homeland Security", "Banque de France". */
export const CONNECTORS = set(`
de du des d la of for the and & van von der den da di del y al bin
`);

// English months and days with the months' abbreviations ("Jan", "Sept"); French months and days.
const EN_CALENDAR = [...MONTHS.en, ...DAYS.en, ...MONTH_ABBREVIATIONS.en].join(' ');
const FR_CALENDAR = [...MONTHS.fr, ...DAYS.fr].join(' ');

/** Months and weekdays, capitalised in English, never a key entity by themselves: English and French ones. */
export const CALENDAR = set(`${EN_CALENDAR} ${FR_CALENDAR}`);
// Months Portuguese papers of the old spelling still capitalise ("6 de Janeiro"); Spanish and Italian write theirs
// in lower case, so a capital there names a place or a body ("Plaza de Mayo").
const PT_MONTHS = MONTHS.pt.join(' ');
const CALENDARS: Record<string, ReadonlySet<string>> = {
  en: set(EN_CALENDAR),
  fr: set(FR_CALENDAR),
  pt: set(`${EN_CALENDAR} ${FR_CALENDAR} ${PT_MONTHS}`),
};

/** The calendar words of a language: in English "Mars" is a planet and "Chiang Mai" a city, not March and May. */
export function calendarOf(lang: string): ReadonlySet<string> {
  return CALENDARS[lang.toLowerCase().slice(0, 2)] ?? CALENDAR;
}

/** Weekdays that close a name: "Black Friday", "Super Tuesday", "Bloody Sunday". */
export const WEEKDAYS = set([...DAYS.en, ...DAYS.fr].join(' '));

/**
 * Acronyms and words of common nouns that a capital does not make names: "SUV", "IPO", "LED", "Internet"; and
 * time zones ("22:30 IST", "9am EST"), which tell the hour.
 */
export const COMMON_ACRONYMS = set(`
internet web suv suvs ev evs ipo ipos gdp pib ceo cfo cto coo tv pc pcs cpu gpu ram ssd usb led leds lcd oled
hd uhd hdr vr ar ai ia api apis url urls pdf faq diy dna adn rna pet bpa rs usd eur gmt utc am pm ok sms gps
wifi 4g 5g nft nfts vip vips pr hr rh atm q&a opa opas pme kmu pmi btp tva kw kwh mw mwh gw gwh mah ghz mhz khz hz db
dba gb tb mb kb mbps gbps fps mp mps mep meps tds msps mlas md phd mph dds rn mba pkw lkw
nbfc nbfcs msme msmes sme smes etf etfs reit reits esop esops
iban rib
gp
chf gbp jpy cny cad aud sek nok dkk pln
bip pil pkb ipc iva mwst vat lng lpg ngo ngos ong ongs pyme pymes
mri mris irm irms ecg ekg eeg vpn vpns
tops tflops pcie m2
bst cet cest eet eest est edt cst cdt mst mdt pst pdt akst hst ist jst kst aest aedt acst awst nzst nzdt sgt hkt
`);

/** Abbreviations after which a full stop does not end the sentence. */
export const ABBREVIATIONS = set(
  `m mm mme mmes mlle mr mrs ms dr pr me st sr jr inc corp ltd co no vs etc gen sen rep gov prof`,
);

/**
 * Page furniture and caption labels that a capital letter does not make a name ("Image caption", "Enlarge
 * Image", "Continue reading", "Retrieved 2019", "Lire aussi", "Publicado", "Leggi"): dropped from the start of a
 * name, never a name alone.
 */
export const FURNITURE = set(`
image images photo photos photograph picture pictures caption media video videos graphic graphics enlarge credit credits
copyright file source sources read continue follow share subscribe sign advertisement sponsored related
retrieved archived accessed click watch listen download print email comments comment update updated editor
editors note breaking latest exclusive live opinion analysis getty legende lire voir aussi publicite abonnez publie
mis jour partager telecharger ecouter regarder leggi pubblicato foto publicado publicidade veja
leia lesen bild weiterlesen anzeige veroffentlicht aktualisiert article reportage dossier
depeche interview entretien chronique editorial emails newsletter newsletters alerts redaction
`);

/** Courtesy titles: they stand before a name, so one closing a span belongs to the next sentence ("Bière Monsieur"). */
export const COURTESY_TITLES = set(`
m mm mme mmes mlle mr mrs ms dr monsieur madame mademoiselle messieurs sir
`);

/** Titles English shortens with a full stop before a name: "Rep.", "Sen.", "Gov.", "Lt.", "Sgt.", "Rev.". */
export const TITLE_ABBREVIATIONS = set(`
rep reps sen sens gov lt gen col sgt capt cmdr adm atty supt insp det rev hon amb pres
`);

/** Particles that may open a surname after a title: "le général de Gaulle", "M. de Villepin", "Dr. van Dijk". */
export const TITLE_PARTICLES = set(`de du van von da di del`);

/** Courtesy titles and roles that announce a person's name. */
export const PERSON_TITLES = set(`
m mm mme mmes mlle mr mrs ms dr pr me sir dame lord lady madame monsieur mademoiselle mister président présidente
ministre minister premier prime sénateur sénatrice senator député députée maire mayor ceo pdg cto cfo coo mp mep
directeur directrice director patron patronne fondateur fondatrice founder cofondateur co-fondateur cofounder
co-founder chairman chairwoman secrétaire secretary général générale gouverneur governor juge judge roi reine
king queen prince princesse princess pape pope capitaine captain colonel lieutenant sergent sergeant
professeur professor docteur doctor chancelier chancellor porte-parole spokesman spokeswoman spokesperson
analyste analyst chercheur chercheuse researcher journaliste journalist coach entraîneur avocat avocate lawyer
ambassadeur ambassadrice ambassador commissaire commissioner envoy chief executive head leader deputy vice rep
sen gov inspector superintendent manager attorney striker defender quarterback goalkeeper midfielder winger
defenseman goalie pitcher singer actor actress author writer producer rapper presenter host activist filmmaker
cinéaste réalisateur réalisatrice chanteur chanteuse acteur actrice écrivain écrivaine auteur autrice comédien
comédienne sociologue philosophe économiste historien historienne organiste musicien musicienne compositeur
compositrice producteur productrice conseiller conseillère sheikh cheikh rabbi father père abbé consul
majesté altesse sainteté éminence majesty highness holiness speaker lawmaker congressman congresswoman
councillor councilor councilman councilwoman councilmember assemblyman assemblywoman assemblymember alderman
alderwoman miss baron baroness countess
officer justice
drummer guitarist bassist vocalist keyboardist pianist violinist cellist saxophonist trumpeter frontman frontwoman
prof cllr coun
cardinal archbishop mgr monseigneur imam reverend sœur
taoiseach tánaiste
lecturer constable
`);

/**
 * Players' positions and sports, written in lower case before a name ("Bilbao keeper Iker Zubeldia", « l’ailier
 * Corvin Haldane »): a person follows. Capitalised they open names too ("Jockey Club", "Boxer Rising").
 */
export const PLAYER_POSITIONS = set(`
keeper playmaker batsman bowler jockey boxer golfer cyclist sprinter swimmer skier footballer
cricketer flanker fly-half scrum-half
ailier ouvreur talonneur gardien gardienne attaquant attaquante défenseur défenseure buteur buteuse joueur joueuse
nageur nageuse cycliste skieur skieuse boxeur boxeuse pilote sprinteur sprinteuse perchiste tennisman tenniswoman
handballeur handballeuse basketteur basketteuse footballeur footballeuse rugbyman sélectionneur entraîneuse
`);

/** Words that qualify a role: "Foreign Minister", "Deputy Prime Minister", "Senate Majority Leader". */
export const ROLE_QUALIFIERS = set(`
foreign interior defence defense finance justice health education trade economy high deputy assistant vice
prime chief senior junior acting former interim state majority minority cabinet
operating financial technology information marketing medical commercial investment legal technical
prosecuting union home
associate emeritus adjunct
`);

/** Words that open elided French forms: l’Europe, d’Exchange, qu’Apple. */
export const ELISIONS = set(`
l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu
`);

/** Verbs whose subject is a named source: "Interfax said", "Reuters reported", "Airbus a annoncé". */
export const REPORTING_VERBS = set(`
said says told reported added announced stated quoted explained declared wrote warned confirmed denied dit
explique affirme indique precise ajoute estime annonce declare
`);

/**
 * Roads and areas English names with a number after them: "State Route 126", "Interstate 5", "District 4",
 * "Ward 3".
 */
export const NUMBERED_ROADS = set(`
route highway interstate freeway motorway district ward precinct
`);

/** A union's branch takes its number as part of its name: "Teamsters Local 727", "Culinary Union Local 12". */
export const NUMBERED_BODIES = set(`local`);

/** Other words that take a number to make a name, not a model's: "Billboard Hot 100", "Fortune 500", "Apollo 11",
 * an airport's "Terminal 2", a world's fair's "Expo 86". */
export const NUMBERED_HEADS = set(`
hot fortune apollo artemis gemini bill resolution proposition terminal expo
`);

/** Stock exchanges that business news writes before a listed company's ticker: "(NYSE: GIS)", "(Nasdaq: AAPL)". */
export const STOCK_EXCHANGES = set(`
nyse nasdaq amex lse tsx tsxv asx otc otcqx otcqb euronext xetra hkex sgx nse bse jse
`);
