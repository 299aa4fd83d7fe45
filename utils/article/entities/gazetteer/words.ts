// Words that say what kind of name they open or close, folded.
import { words } from './set';

/**
 * First or last words of names that are never people: programmes, laws, plans, events, prizes
 * ("Secure Future Initiative", "Digital Markets Act", "Plan Marshall"). Words that are also
 * surnames (Law, Day) are left out; "line" closes transit lines' names ("Luas Red Line"), never a person's.
 */
export const NOT_PERSON_WORDS = words(`
initiative initiatives program programme project projet plan act loi strategy strategie fund fonds
protocol protocole framework policy treaty traite accord agreement pact pacte reform reforme challenge
index report rapport study etude survey war guerre crisis crise revolution affair affaire scandal case
code amendment constitution charter charte convention directive regulation reglement bill
bridge pont tower tour road street rue avenue boulevard airport station parc square island
river lake mountain valley beach line`);

/** Words that announce or close a place ("la ville de …", "the city of …", "… County", "Ninety Mile Beach"). */
export const PLACE_WORDS = words(`
ville city region province state etat comte county pays country capitale capital rue street avenue
boulevard road place square river fleuve lac lake mont mount mountain mountains island islands ile iles
port gulf golfe bay baie valley vallee district quartier village town station gare airport aeroport beach
plage coast cote harbour harbor peninsula canal strait cape isle isles desert forest foret park canton commune
departement borough parish oblast pradesh prefecture stadt land landkreis kreis gemeinde bezirk kanton provinz
regione citta ciudad cidade estado kingdom royaume republic republique`);

/**
 * Last words of venues' names ("Wembley Stadium", "Adelaide Oval"): places, though not words that announce one
 * (« au Stadium » names Toulouse's ground alone).
 */
export const VENUE_WORDS = words(`stadium arena oval`);

/** First words that make a place of the rest: "South Sudan", "Inner Mongolia", "Upper Volta". */
export const DIRECTION_WORDS = words(`north south east west northern southern eastern western central inner
outer upper lower greater nord sud est ouest haute haut basse bas grand`);

/** Ordinal words, folded: « Deuxième Concerto », "Second Symphony", "Third Reich" open with a rank, not a given name. */
export const ORDINALS =
  words(`first second third fourth fifth sixth seventh eighth ninth tenth premier premiere
deuxieme seconde troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme`);

/** A rank written with digits, folded: "1er", "2e", "2eme", "3rd", "21st". */
export const NUMBERED_ORDINAL = /^\d+(?:er|re|ere|e|eme|st|nd|rd|th)$/;

/**
 * Names built on these never belong to a person even when shaped like one ("Saint Louis", "Fort Worth"); Irish,
 * Welsh and Scottish place words open islands, lakes, hills and forts ("Inis Meáin", "Ynys Môn", "Loch Ness",
 * "Slieve Donard", "Dún Laoghaire").
 */
export const PLACE_PREFIXES = words(`saint st ste san santa santo sao fort port mount mont lake cape new la le
los las el al ban inis inish ynys loch lough slieve dun`);
