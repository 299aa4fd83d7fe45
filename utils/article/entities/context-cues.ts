import { isBirthTail } from './compound-tails';
import { CLUB_FIRST, CLUB_LAST, CLUB_NAME_WORDS, COUNTRY_NAMES, PLACE_WORDS, PLACES } from './gazetteer';
import { COURTESY_TITLES, PERSON_TITLES, REPORTING_VERBS, TITLE_ABBREVIATIONS } from './lexicon';
import type { Mention } from './mention';
import { COUNTRY_CODES } from './names-only-cues';
import { nameKey } from './normalize';

// The words around one mention that say what it names. Each cue is weak alone; classify() weighs them with
// the name's shape and the gazetteers, and only names shaped for that kind take them.

const SAID_BEFORE = new Set(['said', 'says', 'asked', 'added']);
// French quotes people with the verb first (« …, raconte Martine Roux », « a souri Paul Vidal ») and says what they
// did with a past participle (« Léa Roux a assuré »); folded, « précise » and « précisé » are one word.
const SPOKEN = new Set(
  `raconte explique confie insiste souligne denonce estime resume assure rappelle ajoute precise indique temoigne
  sourit souri poursuit conclut deplore regrette affirme martele glisse previent commente soupire repond`.split(
    /\s+/,
  ),
);
// Verbs that take a thing as object too (« Samsung a lancé Galaxy ») quote a person only right after a quotation:
// « …, lance Paul Vidal ».
const QUOTED_ONLY = new Set(['lance', 'annonce', 'declare', 'tranche', 'reconnait', 'reconnu', 'observe']);
const QUOTE_ENDS = new Set([',', '»', '”', '"']);
/** « …, raconte X », « …, lance X », « a souri X »: a French reporting verb just before the name. */
const saidBefore = (b0: string, b1: string): boolean =>
  (QUOTE_ENDS.has(b1) && (SPOKEN.has(b0) || QUOTED_ONLY.has(b0))) || (b1 === 'a' && SPOKEN.has(b0));
// « à », « au », « aux » after a reporting verb name who was told.
const TO = new Set(['a', 'au', 'aux']);
/** « a indiqué à Reporterre », « a confié au Devoir »: « à » after a reporting verb names who was told, not where. */
export const toldTo = (m: Mention): boolean =>
  m.addressed === true ||
  (TO.has(m.before[0] ?? '') && (SPOKEN.has(m.before[1] ?? '') || QUOTED_ONLY.has(m.before[1] ?? '')));
const PERSONAL = new Set(['his', 'her', 'himself', 'herself']);
// "a déclaré", "a expliqué": French writes the reporting verb after an auxiliary.
const AUXILIARIES = new Set(['a', 'avait', 'has', 'had']);
// A goal's minute after its scorer: "Viorel Moldovan (21st minute)", "Dan Petrescu (65th)".
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;
// An age in apposition: "Lena Holt, 34, ...".
const AGE = /^(?:1[4-9]|[2-9]\d)$/;
// A life in brackets after the name, as obituaries and portraits write it: "Jef Verhaegen (1959-2026)".
const YEARS = /^(1[5-9]\d\d|20\d\d)[-‐‑](1[5-9]\d\d|20\d\d)$/;
/** Two years a life's length apart (a show's run or a reign rarely lasts so long and so little). */
const lifespan = (w: string): boolean => {
  const m = YEARS.exec(w);
  const years = m ? Number(m[2]) - Number(m[1]) : 0;
  return years >= 15 && years <= 110;
};

// Lower-case nouns for people that come straight before a name ("Olympic champion Kenny Harrison", "his wife
// Naina Yeltsin", "rebel chief-of-staff Aslan Maskhadov"); roles that are titles too are in PERSON_TITLES.
const PERSON_NOUNS = new Set(
  `champion holder chief colleague wife husband son daughter brother sister mother uncle aunt widow cousin
  nephew niece boyfriend girlfriend player rider driver cyclist runner sprinter boxer golfer swimmer jockey
  batsman bowler skipper teammate team-mate compatriot opponent rival challenger rebel dissident businessman
  businesswoman banker broker trader dealer economist strategist negotiator diplomat teacher student poet
  novelist artist painter
  photographer designer architect scientist surgeon pilot soldier veteran epouse mari fils fille frere soeur
  joueur joueuse pilote coureur coureuse championne attaquant defenseur gardien romancier romanciere poete
  peintre photographe militant militante opposant opposante candidat candidate representant representante`.split(
    /\s+/,
  ),
);

// A player's position before the name ("Pittsburgh center Maurkice Pouncey"); "fullback" is a team role too.
const POSITIONS = new Set(
  'center centre guard tackle cornerback receiver linebacker lineman forward winger fullback shortstop'.split(
    ' ',
  ),
);

/** A noun for a person, or a compound with one ("chief-of-staff"), just before the name. */
export const personNoun = (w: string): boolean =>
  w.split('-').some((p) => PERSON_NOUNS.has(p) || PERSON_TITLES.has(p) || POSITIONS.has(p));

// A photograph's credit before the photographer's name: "(Getty / Kevork Djansezian)", "Credit: Ana Ruiz".
const CREDITS = new Set(
  'getty images photo photos photograph credit credits ap afp reuters epa shutterstock'.split(' '),
);

/** A credit line's agency or label, then "/", ":" or "by", just before the name. */
const credited = (b0: string, b1: string): boolean => ['/', ':', 'by'].includes(b0) && CREDITS.has(b1);

/**
 * A name set off by commas after a role or before a reporting verb: "the festival’s chief executive, Cameron
 * Bailey, said", "the head of the agency, Inger Andersen, told delegates".
 */
const appositive = (b0: string, b1: string, a0: string, a1: string): boolean =>
  a0 === ',' && ((REPORTING_VERBS.has(a1) && !WHERE_BEFORE.has(b0)) || (b0 === ',' && personNoun(b1)));
// "a resident who lives in Tattershall Thorpe, said": a name after a place's preposition ends the clause about
// the speaker; the verb after the comma is the speaker's, not the place's.
const WHERE_BEFORE = new Set(['in', 'at', 'near', 'from', 'outside', 'inside', 'around', 'across', 'into']);

/**
 * The name speaks: a reporting verb after it or before it ("Holt said", "said Holt", « a souligné Léa Roux »,
 * « selon la CNIL »), the voice the story quotes, a person or a body.
 */
export function speaksIn(m: Mention): boolean {
  const [a0 = '', a1 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  return (
    REPORTING_VERBS.has(a0) ||
    (AUXILIARIES.has(a0) && (REPORTING_VERBS.has(a1) || SPOKEN.has(a1))) ||
    (a0 === ',' && REPORTING_VERBS.has(a1)) ||
    SAID_BEFORE.has(b0) ||
    b0 === 'selon' ||
    saidBefore(b0, b1)
  );
}

/**
 * A person's context: a reporting verb after the name (or after the comma closing it in apposition) ("said", "a déclaré") or "said" before it, an age in
 * apposition (", 34"), "his"/"her" right after, a country or its code in brackets or after "of" ("(Sweden)",
 * "(BEL)", "of Kenya"), a life's years in brackets ("(1959-2026)"), a
 * goal's minute in brackets ("(21st minute)"), a courtesy title or a shortened one across its dot ("Mr. Holt",
 * "Rep. Holt"), a noun for a person or a player's position before it ("champion Kenny Harrison", "center Maurkice
 * Pouncey"), a photo credit, or a verb that takes a person through « à » (« il a succédé à X », see
 * `markAddressed`).
 */
export function personContext(m: Mention): boolean {
  const [a0 = '', a1 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  return (
    REPORTING_VERBS.has(a0) ||
    (AUXILIARIES.has(a0) && (REPORTING_VERBS.has(a1) || SPOKEN.has(a1))) ||
    appositive(b0, b1, a0, a1) ||
    SAID_BEFORE.has(b0) ||
    saidBefore(b0, b1) ||
    (a0 === ',' && AGE.test(a1)) ||
    PERSONAL.has(a0) ||
    PERSONAL.has(a1) ||
    ((a0 === '(' || a0 === 'of') && PLACES.has(a1) && !clubName(m.surface)) ||
    (a0 === '(' && (MINUTE.test(a1) || COUNTRY_CODES.has(a1) || lifespan(a1))) ||
    (b0 === '.' && (COURTESY_TITLES.has(b1) || TITLE_ABBREVIATIONS.has(b1))) ||
    personNoun(b0) ||
    // « le champion du monde Gukesh Dommaraju », « la numéro un du monde Iga Swiatek »: a title held in the world.
    (b0 === 'monde' && b1 === 'du') ||
    credited(b0, b1) ||
    m.addressed === true
  );
}

/**
 * "Red Star (Yugoslavia)", "Dynamo Kiev (Ukraine)": a club's name, made of ordinary words or opened or closed by a
 * club word, takes its country in brackets as a player does; the country is no person's cue there.
 */
function clubName(surface: string): boolean {
  const ws = nameKey(surface).split(' ');
  return (
    ws.every((w) => CLUB_NAME_WORDS.has(w)) || CLUB_FIRST.has(ws[0] ?? '') || CLUB_LAST.has(ws.at(-1) ?? '')
  );
}

// A body's voice, owners, staff and papers after its name; a chain's stores ("Walgreens stores"); a party's
// elected members ("Greens senators", "Labour MPs", « les députés Renaissance » is « députés » before, see
// ORG_BEFORE).
const ORG_AFTER = new Set(
  `spokesman spokeswoman spokesperson shareholders shares stock executives employees subsidiary
  daily newspaper weekly porte-parole actionnaires salaries filiale quotidien senators mps lawmakers
  councillors councilors stores pharmacies subscribers`.split(/\s+/),
);
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const ORG_BEFORE = new Set(
  `company firm agency newspaper daily weekly airline carrier insurer retailer startup fund charity lender cooperative
  co-op entreprise societe journal quotidien hebdomadaire fonds groupe laboratoire constructeur assureur reassureur fabricant
  operateur chaine enseigne mutuelle collectif association`.split(/\s+/),
);

// Heads of a business or a body, then « de » or "of": what they head is named after them ("the founder of
// Kestrel", « le directeur de Bresle Port »). « maire », "president" and "governor" head places too, and
// « général » closes « quartier général de Vérone » as well as « directeur général ».
const HEADS_OF = new Set(
  `directeur directrice pdg patron patronne fondateur fondatrice cofondateur cofondatrice executive ceo founder
  co-founder chairman chairwoman`.split(/\s+/),
);
const OF = new Set(['de', 'du', 'of']);

/** The kind of body written right before the name: "the firm X", « le fabricant X », « le fonds X ». */
export const bodyNounBefore = (m: Mention): boolean => ORG_BEFORE.has(m.before[0] ?? '');

/**
 * The kind of body written before the name, or its head: "the firm X", « le fonds X », « le quotidien X »,
 * « le directeur général de X », "the founder of X". Strong enough to outweigh a place word closing the name
 * ("Smart City", "Port").
 */
export function bodyKindBefore(m: Mention): boolean {
  const [b0 = '', b1 = ''] = m.before;
  return bodyNounBefore(m) || (OF.has(b0) && HEADS_OF.has(b1));
}

/**
 * An organisation's context: "X spokesman", "X shares", "X daily", "X news agency", "X said its", "spokesman
 * for X", or the kind of body or its head before it (bodyKindBefore).
 */
export function organizationContext(m: Mention): boolean {
  const [a0 = '', a1 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  return (
    ORG_AFTER.has(a0) ||
    // "Sinn Féin housing spokesman", "the Greens' health spokeswoman": a portfolio between the body and its voice.
    SPOKES.has(a1) ||
    (a0 === 'news' && a1 === 'agency') ||
    (REPORTING_VERBS.has(a0) && a1 === 'its') ||
    (b0 === 'for' && /^spokes/.test(b1)) ||
    // « analyste chez Oddo BHF », « associée chez Kestrel »: a trade's noun, then where the person works.
    (b0 === 'chez' && WORKS_AT.has(b1)) ||
    bodyKindBefore(m)
  );
}

// Trades French writes before « chez » and the firm that employs the person.
const WORKS_AT = new Set(
  `analyste analystes economiste economistes strategiste strategistes associe associee consultant consultante
  ingenieur ingenieure responsable responsables gerant gerante gerants trader directeur directrice chercheur
  chercheuse salarie salariee salaries employe employee employes stagiaire cadre cadres`.split(/\s+/),
);

// What a drug treats, after "for": "Ozempic for diabetes", "Wegovy for obesity", « le Lévothyrox pour la
// thyroïde » is rarer than the English form; a dose after the name: "Zelvex 5 mg".
const CONDITIONS = new Set(
  `diabetes obesity hypertension asthma depression migraine migraines epilepsy insomnia arthritis psoriasis
  eczema acne schizophrenia adhd anxiety alzheimer's alzheimers`.split(/\s+/),
);
const DOSE_UNITS = new Set(['mg', 'mcg', 'µg', 'ml', 'milligrams', 'micrograms']);

// What only a thing for sale does: "Wegovy costs around $499", "the Zelvex retails at £20".
const PRICED = new Set(['costs', 'retails']);

/**
 * A product's context: a drug's condition after "for", a dose after its name ("Zelvex 5 mg"), or its price
 * ("Wegovy costs $499").
 */
export function productContext(m: Mention): boolean {
  const [a0 = '', a1 = ''] = m.after;
  return (
    (a0 === 'for' && CONDITIONS.has(a1)) ||
    (/^\d+(?:[.,]\d+)?$/.test(a0) && DOSE_UNITS.has(a1)) ||
    PRICED.has(a0)
  );
}

const MATCH_VERBS = new Set(['beat', 'beats', 'defeated', 'drew', 'v', 'vs', 'edged', 'routed', 'thrashed']);
// "beat the Mets", "against the Reds": a definite article before a competitor's name is a team's.
const MATCH_BEFORE_THE = new Set([...MATCH_VERBS, 'against', 'over', 'host', 'hosts', 'face', 'faces']);

// "Wild coach Bruce Boudreau", "Browns quarterback": a side's staff and players are named after it.
const TEAM_ROLES = new Set(
  `coach manager defenseman defenceman goaltender goalie quarterback linebacker pitcher outfielder infielder
  shortstop striker midfielder defender goalkeeper winger fullback`.split(/\s+/),
);

// French: « a battu l’ASVEL », « l’entraîneur de l’ASVEL », « le meneur de Monaco » (« face à X » faces a rival in
// politics as often as on a pitch).
const FRENCH_MATCH_VERBS = new Set(['battu', 'battue', 'bat', 'battent']);
const FRENCH_TEAM_ROLES = new Set([
  'entraineur',
  'entraineure',
  'selectionneur',
  'meneur',
  'ailier',
  'pivot',
]);

/**
 * A sports side's context: one competitor beats, draws with or plays another ("Leeds beat Hull", "v", « a battu
 * X »), or a coach or player is named after it ("Wild coach Bruce Boudreau") or before it with
 * « de » (« l’entraîneur de l’ASVEL »).
 */
export function teamContext(m: Mention): boolean {
  const [a0 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  return (
    MATCH_VERBS.has(a0) ||
    MATCH_VERBS.has(b0) ||
    (b0 === 'the' && MATCH_BEFORE_THE.has(b1)) ||
    TEAM_ROLES.has(a0) ||
    FRENCH_MATCH_VERBS.has(b0) ||
    (OF.has(b0) && FRENCH_TEAM_ROLES.has(b1))
  );
}

/** A competition's context: its matchday before its name (« la 14e journée de Betclic Élite », see `markMatchdays`). */
export const competitionContext = (m: Mention): boolean => m.matchday === true;

// "the mining towns of X and Y", « les villes de X ».
// "the township of Ignace": a town's kind, though no word that closes places' names.
const PLACE_PLURALS = new Set(
  `towns cities villages regions provinces districts states countries islands ports villes pays township
  municipality suburb neighbourhood neighborhood locality`.split(/\s+/),
);

/**
 * A place's context: "the city of X", "la ville de X", "X, Kenya" (a town and its country or state), "the X
 * region".
 */
export function placeContext(m: Mention): boolean {
  const [a0 = '', a1 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  const county = (b0 === 'of' || b0 === 'de') && b1 === 'comte';
  const placeAfter = PLACE_WORDS.has(a0) && a0 !== 'place' && a0 !== 'land';
  // « Mérignac (Gironde) », "Penlee (Cornwall)": a town, then the area it lies in, in brackets (a country in
  // brackets is an athlete's: "Yorvan Tesk (Sweden)"), or after a comma, or its kind (« Clères, commune de … »).
  const areaAfter =
    (a0 === ',' && (PLACES.has(a1) || TOWN_APPOSITIONS.has(a1))) ||
    (a0 === '(' && PLACES.has(a1) && !COUNTRY_NAMES.has(a1));
  return (
    namedPlaceContext(m) ||
    county ||
    placeAfter ||
    areaAfter ||
    bearingFrom(b0, b1) ||
    townOf(m) ||
    (b0 === 'of' && PARTS_OF.has(b1)) ||
    (b0 === 'the' && SPREAD.has(b1)) ||
    UPPER_LOWER.has(b0) ||
    isBirthTail(m.tail)
  );
}

// "across the Highlands", "throughout the Midlands": a region spans a capitalised name after "the" ("across the
// board" is written in lower case).
const SPREAD = new Set(['across', 'throughout']);
// « À Clères, commune de 1 400 habitants », « Carnac, village du Morbihan »: a town's kind in apposition.
const TOWN_APPOSITIONS = new Set(['commune', 'bourg', 'hameau', 'village', 'hamlet']);
// "parts of Tallaght", "the outskirts of Dayton", « la banlieue de Lyon » is « de »: only a place has parts.
const PARTS_OF = new Set(['parts', 'outskirts', 'suburbs']);
// « la haute Tarentaise », « la basse Ardèche »: a valley's or a region's upper or lower part, in lower case.
const UPPER_LOWER = new Set(['haute', 'basse', 'haut', 'bas']);

// « le maire d’Aubagne », « les habitants de Guéret », "the mayor of Dayton": only a town has them.
const TOWNS_PEOPLE = new Set(['maire', 'mairie', 'habitants', 'mayor', 'residents']);
// "Whitefield's residents", "Dayton's mayor": the English possessive says it too.
const townOf = (m: Mention): boolean => {
  const [b0 = '', b1 = ''] = m.before;
  return (
    (m.elided && TOWNS_PEOPLE.has(b0)) ||
    ((b0 === 'de' || b0 === 'of') && TOWNS_PEOPLE.has(b1)) ||
    (m.possessive === true && TOWNS_PEOPLE.has(m.after[0] ?? ''))
  );
};

// "south of Dunmore", « au nord de Tasiilaq », "northeast of X": a bearing is taken from a place.
const BEARINGS = new Set(
  `north south east west northeast northwest southeast southwest nord sud est ouest nord-est nord-ouest sud-est
  sud-ouest`.split(/\s+/),
);
const bearingFrom = (b0: string, b1: string): boolean =>
  (b0 === 'of' || b0 === 'de' || b0 === 'du') && BEARINGS.has(b1);

// "the Kowloon West district", "the Ignace area", "Hoodi ward": words after a name that only an area takes ("state
// title", "city council" do not).
const AREAS = new Set(
  'region district province county oblast prefecture canton departement area ward township suburb'.split(' '),
);

/**
 * A place's context that a place word states, strong enough to outweigh a name shaped like a person's ("the
 * coastal town of Bou Haroun", "the Nagorno-Karabakh region").
 */
export function namedPlaceContext(m: Mention): boolean {
  const [a0 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  // « le comte de Casa Eguia » is a count, folded like « le comté de … ».
  const placeWord = (PLACE_WORDS.has(b1) && b1 !== 'comte') || PLACE_PLURALS.has(b1);
  return ((b0 === 'of' || b0 === 'de' || b0 === 'des') && placeWord) || AREAS.has(a0);
}
