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
  'mobile',
  'cyberdefense',
  'telecom',
  'assurances',
  'immobilier',
  'compute',
  'computing',
  'analytics',
  'solutions',
  'ventures',
  'finance',
  'invest',
  'gestion',
  'auto',
  'ceramics',
  'water',
  'film',
  'films',
  'outdoor',
  'apparel',
  'retail',
  'brands',
  'pharma',
  'mining',
  'studios',
]);
