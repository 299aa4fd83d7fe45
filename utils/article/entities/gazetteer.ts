// Small gazetteers (a few kB): well-known places, organisations, products and threat-actor names, French and
// English. Keys are folded (lower case, no accents, hyphens as spaces) like nameKey().
const set = (s: string): ReadonlySet<string> =>
  new Set(
    s
      .trim()
      .split(/\s*\|\s*/)
      .map((w) => w.trim()),
  );

/** Countries, continents, regions and large cities (French and English names). */
export const PLACES = set(`
afrique|africa|amerique|america|amerique du nord|north america|amerique latine|latin america|amerique du sud|
south america|asie|asia|europe|oceanie|oceania|antarctique|antarctica|moyen orient|middle east|occident|orient|
afghanistan|afrique du sud|south africa|albanie|albania|algerie|algeria|allemagne|germany|angleterre|england|
arabie saoudite|saudi arabia|argentine|argentina|armenie|armenia|australie|australia|autriche|austria|
azerbaidjan|azerbaijan|belgique|belgium|bielorussie|belarus|bresil|brazil|bulgarie|bulgaria|cameroun|cameroon|
canada|chili|chile|chine|china|colombie|colombia|coree|korea|coree du nord|north korea|coree du sud|south korea|
cote d ivoire|ivory coast|croatie|croatia|cuba|danemark|denmark|egypte|egypt|emirats arabes unis|
united arab emirates|espagne|spain|estonie|estonia|etats unis|united states|usa|us|etats unis d amerique|
united states of america|ethiopie|ethiopia|finlande|finland|france|georgie|georgia|grece|greece|hongrie|hungary|
inde|india|indonesie|indonesia|irak|iraq|iran|irlande|ireland|islande|iceland|israel|italie|italy|japon|japan|
jordanie|jordan|kazakhstan|kenya|kosovo|lettonie|latvia|liban|lebanon|libye|libya|lituanie|lithuania|
luxembourg|maroc|morocco|mexique|mexico|moldavie|moldova|nigeria|norvege|norway|nouvelle zelande|new zealand|
pakistan|palestine|pays bas|netherlands|holland|perou|peru|philippines|pologne|poland|portugal|qatar|
roumanie|romania|royaume uni|united kingdom|uk|grande bretagne|great britain|britain|russie|russia|senegal|
serbie|serbia|singapour|singapore|slovaquie|slovakia|slovenie|slovenia|suede|sweden|suisse|switzerland|syrie|
syria|taiwan|tchequie|czech republic|czechia|thailande|thailand|tunisie|tunisia|turquie|turkey|ukraine|
venezuela|vietnam|viet nam|yemen|ecosse|scotland|pays de galles|wales|hong kong|groenland|greenland|
paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|nice|rennes|montpellier|bruxelles|brussels|
geneve|geneva|zurich|londres|london|berlin|munich|hambourg|hamburg|francfort|frankfurt|madrid|barcelone|
barcelona|rome|milan|amsterdam|vienne|vienna|varsovie|warsaw|moscou|moscow|kiev|kyiv|pekin|beijing|shanghai|
shenzhen|tokyo|seoul|seoul|new york|washington|los angeles|san francisco|chicago|boston|seattle|silicon valley|
montreal|quebec|toronto|vancouver|ottawa|sydney|melbourne|mumbai|bombay|delhi|new delhi|bangalore|dubai|
jerusalem|tel aviv|istanbul|le caire|cairo|alger|algiers|tunis|casablanca|rabat|dakar|abidjan|lagos|nairobi|
pentagone|pentagon|kremlin|elysee|maison blanche|white house|matignon|bruxelles|bercy|wall street|
californie|california|texas|floride|florida|bretagne|normandie|alsace|provence|corse|ile de france|quebec
`);

/** Well-known organisations (tech firms, agencies, institutions). */
export const ORGANIZATIONS = set(`
microsoft|google|alphabet|apple|amazon|meta|facebook|netflix|openai|anthropic|nvidia|intel|amd|ibm|oracle|
samsung|huawei|xiaomi|sony|nintendo|tesla|spacex|twitter|x corp|tiktok|bytedance|alibaba|tencent|baidu|
cisco|adobe|salesforce|sap|dell|hp|lenovo|qualcomm|arm|tsmc|uber|airbnb|spotify|paypal|visa|mastercard|
mozilla|wikipedia|linkedin|github|gitlab|cloudflare|crowdstrike|mandiant|kaspersky|eset|symantec|fortinet|
palo alto networks|check point|okta|solarwinds|orange|sfr|bouygues|free|iliad|ubisoft|dassault|thales|
airbus|boeing|renault|stellantis|peugeot|total|totalenergies|edf|engie|lvmh|bnp paribas|societe generale|
nsa|cia|fbi|dhs|cisa|nasa|onu|un|united nations|nations unies|otan|nato|ue|eu|union europeenne|
european union|commission europeenne|european commission|anssi|cnil|anfr|arcep|interpol|europol|oms|who|
fmi|imf|banque mondiale|world bank|bce|ecb|reuters|afp|associated press|ap|bbc|cnn|le monde|new york times
`);

/** Well-known product names and product families. */
export const PRODUCTS = set(`
windows|office|outlook|exchange|teams|azure|bing|copilot|xbox|android|chrome|chromebook|gmail|youtube|
iphone|ipad|mac|macbook|imac|ios|ipados|macos|watchos|airpods|siri|icloud|safari|firefox|thunderbird|
linux|ubuntu|chatgpt|gpt|gemini|claude|llama|playstation|switch|galaxy|pixel|kindle|alexa|echo|whatsapp|
instagram|messenger|signal|telegram|slack|zoom|photoshop|word|excel|powerpoint|onedrive|dropbox|
`);

/** Threat-actor and hacker-group names that carry no tell-tale pattern. */
export const GROUPS = set(`
lazarus|lazarus group|fancy bear|cozy bear|sandworm|nobelium|lapsus$|lapsus|lockbit|revil|conti|
darkside|cl0p|clop|anonymous|killnet|equation group|shadow brokers|scattered spider|turla|kimsuky|
`);

/** Last words that mark an organisation: "… Inc", "… Agency", "Ministère de …" (also as first word). */
export const ORG_WORDS = set(`
inc|corp|corporation|co|company|ltd|llc|plc|sa|sas|sarl|gmbh|ag|nv|bv|spa|group|groupe|holding|holdings|
agency|agence|department|departement|ministry|ministere|office|bureau|commission|council|conseil|committee|
comite|university|universite|institute|institut|school|ecole|college|academy|academie|bank|banque|
association|foundation|fondation|party|parti|union|federation|court|cour|tribunal|police|army|armee|navy|
marine|air force|club|fc|team|equipe|labs|lab|laboratoire|laboratories|technologies|technology|systems|
networks|software|services|solutions|media|news|press|times|journal|gazette|post|assembly|assemblee|senate|
senat|parliament|parlement|government|gouvernement|authority|autorite|administration|service|center|centre|
hospital|hopital|airlines|motors|industries|pharma|telecom|communications|studios|games|records|agence|cnrs
`);

/**
 * First or last words of names that are never people: programmes, laws, plans, events, prizes
 * ("Secure Future Initiative", "Digital Markets Act", "Plan Marshall"). Words that are also
 * surnames (Law, Day) are left out.
 */
export const NOT_PERSON_WORDS = set(`
initiative|initiatives|program|programme|project|projet|plan|act|loi|strategy|strategie|fund|fonds|summit|
sommet|conference|forum|festival|award|awards|prize|prix|protocol|protocole|framework|policy|treaty|traite|
accord|agreement|pact|pacte|reform|reforme|challenge|cup|coupe|trophy|trophee
`);

/** Last words of Microsoft-style threat-actor names ("Midnight Blizzard", "Volt Typhoon", "Fancy Bear"). */
export const GROUP_WORDS = set(
  `bear|panda|kitten|chollima|spider|typhoon|blizzard|sleet|sandstorm|tempest|hail|gang|crew`,
);

/** Words that announce a place after them ("la ville de …", "the city of …"). */
export const PLACE_WORDS = set(`
ville|city|region|région|province|state|etat|comte|county|pays|country|capitale|capital|rue|street|avenue|
boulevard|road|place|square|river|fleuve|lac|lake|mont|mount|island|ile|port|gulf|golfe|bay|baie|valley|
vallee|district|quartier|village|town|station|gare|airport|aeroport
`);
