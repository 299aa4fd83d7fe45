/**
 * Last words of companies' and public bodies' names that are not ORG_WORDS (which also filter a lone word and
 * open names): "Hewlett Packard Enterprise", "Kestrel Enterprises", "Great Western Railway", "NSW Treasury",
 * "Kalinda Capital". Alone ("Enterprise", a ship or a car-hire firm; "the Treasury", which stays a name; "Capital",
 * a city) they say nothing.
 */
export const COMPANY_LAST: ReadonlySet<string> = new Set([
  'capital',
  'enterprise',
  'enterprises',
  'railway',
  'railways',
  'treasury',
]);

/**
 * French trade nouns that open a company's name (« Alimentation Couche-Tard », « Transports Vernay », « Constructions
 * Baudin », « Établissements Morel », « Électricité de Strasbourg »), folded; Groupe, Laboratoires, Éditions and Industries are ORG_WORDS already.
 * Not ORG_WORDS: alone or closing a name they are common nouns. No given name nor surname opens with one.
 */
export const TRADE_FIRST: ReadonlySet<string> = new Set(
  `alimentation transports constructions etablissements ateliers chantiers brasseries distilleries verreries
  papeteries fonderies forges acieries cimenteries tanneries conserveries fromageries laiteries salaisons biscuiteries
  chocolateries imprimeries menuiseries charpentes meubles magasins supermarches hypermarches pharmacies
  voyages electricite gaz`.split(/\s+/),
);

/** First words of broadcasters' names: "Radio Red", "TV Azteca", "Television Nacional". */
export const BROADCAST_FIRST: ReadonlySet<string> = new Set(['radio', 'tv', 'television', 'televisao']);

/**
 * Last words that say which trade a company is in ("Kestrel Semiconductor", "Elevance Health", "Texas
 * Instruments", « Dassault Aviation », « Vernay Logistique », "Thames Water", "Bajaj Auto"): after a word of its
 * own, a company's name, which the article then shortens to that word.
 */
export const TRADE_LAST: ReadonlySet<string> = new Set([
  'semiconductor',
  'semiconductors',
  'optics',
  'health',
  'healthcare',
  'robotics',
  'electronics',
  'aerospace',
  'biosciences',
  'logistics',
  'foods',
  'devices',
  'instruments',
  'materials',
  'pharmaceuticals',
  'therapeutics',
  'technologies',
  'systems',
  'software',
  'motors',
  'airlines',
  'energy',
  'networks',
  'labs',
  'partners',
  'logistique',
  'aviation',
  'ferries',
  'mobile',
  'cyberdefense',
  'telecom',
  'assurances',
  'immobilier',
  'compute',
  'computing',
  'analytics',
  'solutions',
  'innovations',
  'ventures',
  'finance',
  'insurance',
  'invest',
  'gestion',
  'auto',
  'ceramics',
  'water',
  'film',
  'films',
  // Goods a maker or a shop sells, or the houses a chain runs, closing a brand named after its founder ("Lewis
  // Leathers", "Barbour Bekleidung", "Hyatt Hotels"); none is a common surname.
  'leathers',
  'cycles',
  'textiles',
  'jewellers',
  'jewelers',
  'outfitters',
  'brewery',
  'breweries',
  'brewing',
  'distillery',
  'distillers',
  'guitars',
  'pianos',
  'cosmetics',
  'knitwear',
  'opticians',
  'hotels',
  'resorts',
  'restaurants',
  'stores',
  'bekleidung',
  'mobel',
  'hochbau',
  'tiefbau',
  'immobilien',
  'logistik',
  // Sectors closing a firm's name ("Harlow Outdoor", "Brightwell Pharma").
  'outdoor',
  'apparel',
  'retail',
  'brands',
  'pharma',
  'mining',
  'studios',
  // A studio's craft: "Pixar Animation", "DreamWorks Animation".
  'animation',
]);

// German compounds closing a company's name ("Funke Mediengruppe", "Axel-Springer-Verlag", "Meyer Werft"):
// a group, a publisher, a works, a brewery, a shipping line or an insurer, whatever names it.
const COMPANY_COMPOUND = /(?:gruppe|konzern|verlag|werke|werft|brauerei|reederei|versicherung)$/;

/** A word that closes a company's name: a trade (see TRADE_LAST) or a German company compound. */
export const closesCompany = (w: string): boolean => TRADE_LAST.has(w) || COMPANY_COMPOUND.test(w);
