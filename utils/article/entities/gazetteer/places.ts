// Place names, French and English, folded like nameKey() (lower case, no accents, hyphens as spaces): every
// country, the larger regions and provinces, and the cities news writes about most. A few tens of kB at most.
import { FOREIGN_COUNTRIES, FOREIGN_PLACES } from './foreign-places';
import { keys, words } from './set';

/** Countries and territories (English and French names, common short forms). */
const COUNTRIES = `
afghanistan|afrique du sud|south africa|albania|albanie|algeria|algerie|andorra|andorre|angola|antigua|
argentina|argentine|armenia|armenie|australia|australie|austria|autriche|azerbaijan|azerbaidjan|bahamas|
bahrain|bahrein|bangladesh|barbados|barbade|belarus|bielorussie|belgium|belgique|belize|benin|bhutan|bhoutan|
bolivia|bolivie|bosnia|bosnie|bosnia and herzegovina|bosnie herzegovine|botswana|brazil|bresil|brunei|bulgaria|
bulgarie|burkina faso|burundi|cambodia|cambodge|cameroon|cameroun|canada|cape verde|cap vert|
central african republic|centrafrique|chad|tchad|cabo verde|saint lucia|sainte lucie|
timor leste|east timor|trinidad and tobago|trinite et tobago|antigua and barbuda|chile|chili|china|chine|colombia|colombie|comoros|comores|
congo|costa rica|croatia|croatie|cuba|cyprus|chypre|czech republic|czechia|republique tcheque|tchequie|
denmark|danemark|djibouti|dominica|dominican republic|republique dominicaine|ecuador|equateur|egypt|
egypte|el salvador|salvador|equatorial guinea|guinee equatoriale|eritrea|erythree|estonia|estonie|eswatini|
ethiopia|ethiopie|fiji|fidji|finland|finlande|france|gabon|gambia|gambie|georgia|georgie|germany|allemagne|
ghana|greece|grece|grenada|grenade|guatemala|guinea|guinee|guinea bissau|guinee bissau|guyana|haiti|honduras|
hungary|hongrie|iceland|islande|india|inde|indonesia|indonesie|iran|iraq|irak|ireland|irlande|israel|italy|
italie|ivory coast|cote d ivoire|jamaica|jamaique|japan|japon|jordan|jordanie|kazakhstan|kenya|kiribati|
kosovo|kuwait|koweit|kyrgyzstan|kirghizistan|laos|latvia|lettonie|lebanon|liban|lesotho|liberia|libya|libye|
liechtenstein|lithuania|lituanie|luxembourg|madagascar|malawi|malaysia|malaisie|maldives|mali|malta|malte|
marshall islands|mauritania|mauritanie|mauritius|mexico|mexique|micronesia|moldova|moldavie|monaco|
mongolia|mongolie|montenegro|morocco|maroc|mozambique|myanmar|birmanie|burma|namibia|namibie|nauru|nepal|
netherlands|pays bas|holland|hollande|new zealand|nouvelle zelande|nicaragua|niger|nigeria|north korea|
coree du nord|north macedonia|macedoine du nord|macedonia|macedoine|norway|norvege|oman|pakistan|palau|
palestine|panama|papua new guinea|papouasie nouvelle guinee|paraguay|peru|perou|philippines|poland|pologne|
portugal|qatar|romania|roumanie|russia|russie|rwanda|samoa|san marino|saint marin|saudi arabia|
arabie saoudite|senegal|serbia|serbie|seychelles|sierra leone|singapore|singapour|slovakia|slovaquie|slovenia|
slovenie|solomon islands|somalia|somalie|south korea|coree du sud|korea|coree|south sudan|soudan du sud|spain|
espagne|sri lanka|sudan|soudan|suriname|sweden|suede|switzerland|suisse|syria|syrie|taiwan|tajikistan|
tadjikistan|tanzania|tanzanie|thailand|thailande|timor|togo|tonga|trinidad|trinite|tunisia|tunisie|turkey|
turquie|turkiye|turkmenistan|tuvalu|uganda|ouganda|ukraine|united arab emirates|emirats arabes unis|emirats|uae|
united kingdom|royaume uni|uk|great britain|grande bretagne|britain|england|angleterre|scotland|ecosse|wales|
pays de galles|northern ireland|irlande du nord|united states|etats unis|united states of america|
etats unis d amerique|usa|us|u s|u s a|america|amerique|uruguay|uzbekistan|ouzbekistan|vanuatu|vatican|
venezuela|vietnam|viet nam|yemen|zambia|zambie|zimbabwe|greenland|groenland|puerto rico|porto rico|
hong kong|macau|macao|bonaire|curacao|aruba|bermuda|bermudes|gibraltar|faroe islands|iles feroe|
new caledonia|nouvelle caledonie|tahiti|polynesie|martinique|guadeloupe|reunion|la reunion|mayotte|guyane|
french guiana|french polynesia|
western sahara|sahara occidental|czechoslovakia|tchecoslovaquie|yugoslavia|yougoslavie|soviet union|
union sovietique|urss|ussr|prussia|prusse`;

/** Continents, seas, mountain ranges and large regions. */
const REGIONS = `
africa|afrique|north america|amerique du nord|south america|amerique du sud|latin america|
amerique latine|central america|amerique centrale|asia|asie|europe|oceania|oceanie|antarctica|antarctique|
arctic|arctique|middle east|moyen orient|proche orient|near east|far east|extreme orient|east asia|
southeast asia|asie du sud est|central asia|asie centrale|eastern europe|europe de l est|western europe|
europe occidentale|europe orientale|suisse romande|suisse alemanique|afrique subsaharienne|europe du nord|northern europe|europe du sud|southern europe|europe centrale|
central europe|afrique du nord|north africa|afrique de l ouest|west africa|balkans|caucasus|caucase|scandinavia|scandinavie|maghreb|sahel|sahara|mediterranean|
mediterranee|atlantic|atlantique|pacific|pacifique|indian ocean|ocean indien|baltic|baltique|black sea|
mer noire|red sea|mer rouge|north sea|mer du nord|caribbean|caraibes|persian gulf|golfe persique|gulf|golfe|
alps|alpes|pyrenees|himalaya|andes|rockies|siberia|siberie|patagonia|patagonie|amazonia|amazonie|tibet|xinjiang|
inner mongolia|mongolie interieure|manchuria|mandchourie|kashmir|cachemire|punjab|pendjab|bengal|bengale|
kurdistan|crimea|crimee|donbas|donbass|donetsk|luhansk|lougansk|kherson|zaporizhzhia|darfur|darfour|gaza|
bande de gaza|gaza strip|west bank|cisjordanie|golan|sinai|catalonia|catalogne|basque country|pays basque|
andalusia|andalousie|galicia|galice|bavaria|baviere|saxony|saxe|tyrol|lombardy|lombardie|tuscany|toscane|
sicily|sicile|sardinia|sardaigne|flanders|flandre|flandres|wallonia|wallonie|silicon valley|midwest|
new england|nouvelle angleterre|occident|orient|tessin|ticino|valais|vaud|grisons|jura|alsace|lorraine|
bretagne|brittany|normandie|normandy|provence|corse|corsica|savoie|savoy|ile de france|auvergne|bourgogne|
burgundy|aquitaine|occitanie|picardie|champagne|nouvelle aquitaine|hauts de france|grand est|
auvergne rhone alpes|bourgogne franche comte|centre val de loire|pays de la loire|provence alpes cote d azur|quebec|ontario|
alberta|british columbia|colombie britannique|manitoba|saskatchewan|nova scotia|nouvelle ecosse|
new brunswick|nouveau brunswick|newfoundland|terre neuve|newfoundland and labrador|terre neuve et labrador|yukon|nunavut|queensland|new south wales|nsw|victoria|
tasmania|tasmanie|northland|taranaki|canterbury|otago|waikato|auckland|wellington|ulster|yorkshire|
lancashire|kent|essex|cornwall|cornouailles|
bayern|baden wurttemberg|nordrhein westfalen|nrw|hessen|niedersachsen|sachsen|sachsen anhalt|thuringen|
brandenburg|mecklenburg vorpommern|schleswig holstein|rheinland pfalz|saarland`;

/** US states. */
const US_STATES = `
alabama|alaska|arizona|arkansas|california|californie|colorado|connecticut|delaware|florida|floride|
hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|louisiane|maine|maryland|massachusetts|
michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|
nouveau mexique|new york|north carolina|caroline du nord|north dakota|dakota du nord|ohio|oklahoma|oregon|
pennsylvania|pennsylvanie|rhode island|south carolina|caroline du sud|south dakota|dakota du sud|tennessee|
texas|utah|vermont|virginia|virginie|washington|west virginia|virginie occidentale|wisconsin|wyoming`;

/**
 * Cities news writes about most (capitals, large cities, French-speaking Europe), and the world's cities of a
 * million people or so whose names are no given name, surname or common word (not "Perm", "Kazan", "Mecca").
 */
const CITIES = `
paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|nice|rennes|montpellier|grenoble|rouen|
toulon|brest|dijon|reims|le havre|le mans|la rochelle|tours|metz|nancy|avignon|calais|versailles|cannes|roissy|orly|
nimes|angers|saint etienne|clermont ferrand|aix en provence|villeurbanne|limoges|amiens|perpignan|besancon|caen|mulhouse|
bruxelles|brussels|anvers|antwerp|liege|gand|ghent|geneve|geneva|lausanne|berne|bern|zurich|bale|basel|
lucerne|lugano|fribourg|neuchatel|sion|montreux|vevey|la chaux de fonds|bienne|davos|winterthour|
london|londres|manchester|liverpool|birmingham|leeds|glasgow|edinburgh|edimbourg|cardiff|belfast|dublin|
oxford|cambridge|bristol|newcastle|sheffield|berlin|munich|munchen|hamburg|hambourg|frankfurt|francfort|
cologne|koln|stuttgart|dusseldorf|dresden|dresde|leipzig|bonn|bremen|dortmund|duisburg|hannover|nurnberg|mainz|freiburg|karlsruhe|mannheim|
augsburg|wiesbaden|heidelberg|vienna|vienne|wien|salzburg|salzbourg|
madrid|barcelona|barcelone|valencia|valence|seville|sevilla|bilbao|lisbon|lisbonne|lisboa|porto|rome|roma|
milan|milano|naples|napoli|turin|torino|
florence|firenze|venice|venise|venezia|genoa|genes|genova|bologna|bologne|palermo|amsterdam|rotterdam|the hague|la haye|
copenhagen|copenhague|stockholm|oslo|helsinki|reykjavik|warsaw|varsovie|warszawa|krakow|cracovie|prague|praha|
budapest|
bucharest|bucarest|sofia|belgrade|zagreb|sarajevo|athens|athenes|istanbul|ankara|moscow|moscou|
st petersburg|saint petersbourg|kyiv|kiev|kharkiv|odessa|odesa|minsk|vilnius|riga|tallinn|tbilisi|
yerevan|erevan|baku|bakou|beijing|pekin|shanghai|shenzhen|guangzhou|canton|wuhan|tokyo|osaka|
kyoto|seoul|pyongyang|taipei|manila|manille|jakarta|bangkok|hanoi|ho chi minh|saigon|kuala lumpur|
new delhi|delhi|mumbai|bombay|bangalore|kolkata|calcutta|chennai|karachi|lahore|islamabad|kabul|tehran|
teheran|baghdad|bagdad|damascus|damas|beirut|beyrouth|amman|jerusalem|tel aviv|riyadh|riyad|doha|dubai|
abu dhabi|cairo|le caire|alexandria|alexandrie|tripoli|tunis|algiers|alger|rabat|casablanca|dakar|abidjan|
lagos|abuja|accra|nairobi|addis ababa|addis abeba|kinshasa|khartoum|johannesburg|cape town|le cap|
los angeles|chicago|houston|boston|seattle|san francisco|miami|atlanta|dallas|denver|
detroit|philadelphia|philadelphie|phoenix|las vegas|san diego|new orleans|la nouvelle orleans|baltimore|
pittsburgh|cleveland|cincinnati|minneapolis|st louis|nashville|portland|austin|brooklyn|manhattan|
kansas city|buffalo|indianapolis|jacksonville|milwaukee|oklahoma city|orlando|sacramento|salt lake city|
san antonio|san jose|tampa|memphis|
toronto|montreal|vancouver|ottawa|calgary|mexico city|guadalajara|havana|la havane|bogota|lima|la paz|caracas|
santiago|buenos aires|sao paulo|rio de janeiro|brasilia|belem|manaus|recife|fortaleza|belo horizonte|porto alegre|sydney|melbourne|brisbane|perth|canberra|
bengaluru|hyderabad|ahmedabad|pune|jaipur|lucknow|kanpur|nagpur|indore|bhopal|patna|vadodara|ludhiana|agra|nashik|
coimbatore|kochi|visakhapatnam|dhaka|chittagong|faisalabad|rawalpindi|peshawar|multan|colombo|kathmandu|yangon|
chongqing|chengdu|tianjin|xian|nanjing|hangzhou|shenyang|harbin|suzhou|dongguan|qingdao|zhengzhou|kunming|busan|
incheon|daegu|yokohama|nagoya|sapporo|fukuoka|surabaya|bandung|medan|quezon city|davao|phnom penh|tashkent|
almaty|izmir|mashhad|isfahan|tabriz|shiraz|jeddah|basra|mosul|aleppo|sanaa|kuwait city|luanda|dar es salaam|
kampala|ibadan|port harcourt|douala|yaounde|kumasi|lusaka|harare|durban|pretoria|antananarivo|bamako|conakry|
ouagadougou|niamey|mogadishu|omdurman|giza|maputo|brazzaville|lubumbashi|montevideo|quito|guayaquil|medellin|
barranquilla|santo domingo|port au prince|tijuana|monterrey|puebla|ciudad juarez|curitiba|goiania|campinas|
dnipro|novosibirsk|yekaterinburg|nizhny novgorod|chelyabinsk|omsk|rostov on don|ufa|krasnoyarsk|voronezh|
volgograd|edmonton`;

/** Landmarks and seats of power, named for the place. */
const LANDMARKS = `
pentagon|pentagone|kremlin|elysee|matignon|white house|maison blanche|capitol hill|downing street|
10 downing street|wall street|westminster|whitehall|quai d orsay|bercy|hollywood|broadway|
greenwich village|times square|central park|champs elysees`;

/** Countries and territories: a country's side is still written as a place ("France beat Italy"). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([...keys(COUNTRIES), ...FOREIGN_COUNTRIES]);

/** Places as English and French write them. */
const HOME_PLACES: ReadonlySet<string> = new Set(
  keys([COUNTRIES, REGIONS, US_STATES, CITIES, LANDMARKS].join('|')),
);

/** Every place of the gazetteer. */
export const PLACES: ReadonlySet<string> = new Set([...HOME_PLACES, ...FOREIGN_PLACES]);

/**
 * A known place for a text read fully or not: German "Italien", Dutch "Parijs" are places in the languages read
 * names only, a French or English text writes them as other words (« un Italien » is a man from Italy).
 */
export const isPlaceIn = (key: string, readsFully: boolean): boolean =>
  readsFully ? HOME_PLACES.has(key) : PLACES.has(key);

/** US states as news agencies and the post shorten them, folded without full stops ("Calif.", "N.Y.", "TX"). */
export const US_STATE_ABBREVIATIONS =
  words(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich
minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn vt va wva wash wis wyo al ak az ar ca co ct
de fl hi id il in ia ks me mi mn ms mt ne nv oh ok or tn tx ut wi wv wy dc`);
