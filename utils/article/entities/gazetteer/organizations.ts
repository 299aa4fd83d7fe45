// Organisations: well-known names, and the words that mark one (legal forms, institutions, media, clubs).
// Keys are folded like nameKey().
import { keys, words } from './set';

// Parliaments and chambers named in their own language by one word or two ("the Dáil", "the Bundestag", "the
// Knesset"): a reader knows them, though an article may name one once, after "the".
const LEGISLATURES = `althing|bundesrat|bundestag|cortes generales|dail|dail eireann|duma|state duma|eduskunta|folketing|
folketinget|knesset|lok sabha|nationalrat|oireachtas|rajya sabha|riksdag|riksdagen|seanad|seanad eireann|sejm|
storting|stortinget|verkhovna rada`;
/** Parliaments named in their own language (see LEGISLATURES). */
export const LEGISLATURE_NAMES = keys(LEGISLATURES);

/** Well-known organisations: companies, agencies, institutions, media, leagues. */
export const ORGANIZATIONS = keys(`
microsoft|google|alphabet|apple|amazon|meta|facebook|netflix|openai|anthropic|nvidia|intel|amd|ibm|oracle|
samsung|huawei|xiaomi|sony|nintendo|tesla|spacex|twitter|x corp|tiktok|bytedance|alibaba|tencent|baidu|
cisco|adobe|salesforce|sap|dell|hp|lenovo|lg|qualcomm|arm|tsmc|uber|airbnb|spotify|paypal|visa|mastercard|
mozilla|wikipedia|wikimedia|linkedin|github|gitlab|cloudflare|crowdstrike|mandiant|kaspersky|eset|symantec|
fortinet|palo alto networks|check point|okta|solarwinds|orange|sfr|bouygues|iliad|ubisoft|dassault|thales|
airbus|boeing|renault|stellantis|peugeot|citroen|volkswagen|vw|bmw|mercedes|daimler|audi|porsche|toyota|
honda|nissan|ford|general motors|gm|general electric|general mills|general dynamics|eli lilly|fiat|ferrari|total|totalenergies|edf|engie|lvmh|chanel|dior|hermes|
louis vuitton|hugo boss|calvin klein|tommy hilfiger|estee lauder|
l oreal|danone|nestle|unilever|bnp paribas|societe generale|credit agricole|axa|goldman sachs|jpmorgan|
morgan stanley|citigroup|hsbc|barclays|ubs|credit suisse|deutsche bank|blackrock|softbank|walmart|
disney|warner bros|hbo|yahoo|verizon|at&t|comcast|vodafone|nokia|ericsson|siemens|bosch|bayer|pfizer|
moderna|astrazeneca|novartis|roche|sanofi|cardinal health|alstom|commerzbank|lufthansa|thyssenkrupp|ig metall|johnson & johnson|shell|bp|exxon|exxonmobil|chevron|gazprom|
rosneft|aramco|opec|nato|otan|un|onu|united nations|nations unies|unesco|unicef|who|oms|wto|omc|imf|fmi|
world bank|banque mondiale|ecb|bce|fed|federal reserve|eu|ue|european union|union europeenne|
european commission|commission europeenne|european parliament|parlement europeen|council of europe|
conseil de l europe|conseil europeen|european council|corte dei conti|consiglio dei ministri|camera dei deputati|interpol|europol|nsa|cia|fbi|dhs|cisa|nasa|esa|cnes|cnrs|
inserm|sante publique france|anssi|ansm|ademe|bpifrance|cnil|anfr|arcep|insee|sncf|ratp|ina|fifa|uefa|ioc|cio|nfl|nba|mlb|nhl|atp|wta|premier league|ligue 1|la liga|serie a|
top 14|pro d2|ligue 2|elite 1|elite 2|national 2|national 3|federale 1|
bundesliga|champions league|ligue des champions|europa league|reuters|afp|ap|associated press|bloomberg|
bbc|cnn|nbc|cbs|abc|fox news|msnbc|npr|pbs|al jazeera|france televisions|tf1|france 2|france 3|arte|
canal+|bfmtv|rtl|europe 1|france inter|radio france|le monde|le figaro|liberation|les echos|le parisien|
l express|le point|mediapart|new york times|washington post|wall street journal|the guardian|the times|
financial times|the economist|politico|axios|vox|wired|the verge|techcrunch|cnet|zdnet|engadget|
business insider|huffington post|buzzfeed|usa today|los angeles times|ats|keystone|
getty images|ofcom|ofgem|ofsted|ofwat|congress|senate|senat|house of representatives|house of commons|
house of lords|chambre des communes|telus|suncorp|walgreens|rite aid|assemblee nationale|kremlin|
${LEGISLATURES}|hamas|hezbollah|
taliban|islamic state|isis|daech|al qaeda|ennahda|likud|zanu pf|anc|snp|labour|tories|conservative party|
sinn fein|fianna fail|fine gael|sdlp|alliance party|reform uk|liberal democrats|lib dems|green party|
labour party|democratic party|republican party|gop|democrats|republicans|ump|lr|ps|rn|lfi|lrem|modem|eelv|
france insoumise|rassemblement national|front national|parti socialiste|parti communiste|les republicains|
nouveau front populaire|europe ecologie|reconquete|cgt|cfdt|fo|medef|
gendarmerie nationale|police nationale|securite civile|securite sociale|assurance maladie|assurance retraite|education nationale|croix rouge|red cross|amnesty international|greenpeace|oxfam|harvard|stanford|mit|
oxford university|sorbonne|sciences po|polytechnique|epfl|eth|cern|
manchester city|manchester united|west ham|west ham united|tottenham|tottenham hotspur|newcastle united|
aston villa|everton|nottingham forest|real madrid|atletico madrid|fc barcelona|paris saint germain|psg|juventus|ac milan|inter milan|
bayern munich|bayern munchen|borussia dortmund|olympique de marseille|olympique lyonnais|ajax amsterdam|
benfica|galatasaray|fenerbahce|boca juniors`);

/**
 * Organisations among ORGANIZATIONS that sell no product line: public bodies, unions, parties, leagues, schools.
 * A name they open is one of their branches ("CGT Goodyear", "NASA Goddard", "UN Women"), not a product.
 */
export const INSTITUTIONS = keys(`
opec|nato|otan|un|onu|united nations|nations unies|unesco|unicef|who|oms|wto|omc|imf|fmi|world bank|
banque mondiale|ecb|bce|fed|federal reserve|eu|ue|european union|union europeenne|european commission|
commission europeenne|european parliament|parlement europeen|council of europe|conseil de l europe|
conseil europeen|european council|interpol|europol|nsa|cia|fbi|dhs|cisa|nasa|esa|cnes|cnrs|inserm|
sante publique france|anssi|cnil|anfr|arcep|insee|sncf|ratp|fifa|uefa|ioc|
cio|nfl|nba|mlb|nhl|atp|wta|ofcom|ofgem|ofsted|ofwat|congress|senate|senat|kremlin|${LEGISLATURES}|hamas|hezbollah|taliban|likud|anc|snp|labour|
tories|gop|democrats|republicans|ump|lr|ps|rn|lfi|lrem|modem|eelv|france insoumise|rassemblement national|
front national|parti socialiste|parti communiste|les republicains|nouveau front populaire|europe ecologie|
reconquete|cgt|cfdt|fo|medef|red cross|croix rouge|assurance maladie|assurance retraite|
amnesty international|greenpeace|oxfam|harvard|stanford|mit|sorbonne|epfl|eth|cern`);

/** News agencies and media among ORGANIZATIONS: named as a source ("told Reuters", "selon l’AFP"), not a subject. */
export const MEDIA = keys(`
reuters|afp|ap|associated press|bloomberg|bloomberg news|bbc|cnn|nbc|cbs|abc|fox news|msnbc|npr|pbs|al jazeera|
tf1|france 2|france 3|bfmtv|rtl|europe 1|france inter|le monde|le figaro|liberation|les echos|le parisien|
l express|le point|mediapart|new york times|washington post|wall street journal|the guardian|guardian|
the times|financial times|the economist|politico|axios|cnbc|wired|the verge|techcrunch|cnet|zdnet|engadget|
business insider|huffington post|buzzfeed|usa today|los angeles times|ats|keystone|dpa|ansa|efe|kyodo|xinhua|
tass|interfax|yonhap|ria novosti|agence france presse`);

/**
 * Last (or first) words that say organisation: legal forms, institutions, parties, clubs; and bodies' head words
 * in German, Italian, Spanish, Portuguese and Polish ("Kommission", "Fundación"); Irish state bodies close their
 * names with « Éireann » ("Met Éireann", "Bus Éireann", "Dáil Éireann").
 */
export const ORG_WORDS = words(`
inc corp corporation co company companies ltd llc plc sa sas sarl gmbh ag nv bv spa ab asa oyj kk holding
holdings group groupe agency agence department departement ministry ministere office bureau commission
council conseil committee comite university universite universidad universitat institute institut school faculty faculte
ecole college academy academie bank banque association foundation fondation trust party parti union
federation confederation court cour tribunal police army armee navy marine guard garde forces club fc afc
cf sc team equipe labs lab laboratoire laboratories laboratory technologies technology tech systems networks
software services solutions capital partners ventures investments securities insurance assurance assurances
energy energie oil petroleum pharmaceuticals pharma biotech therapeutics airlines airline airways
motors automotive industries industrie steel mining telecom telecoms communications entertainment studios
studio productions pictures records publishing editions assembly assemblee senate senat parliament
parlement government gouvernement authority autorite administration service center centre hospital
hopital caisse clinic clinique church eglise synagogue mosque cathedral museum musee library bibliotheque
brotherhood movement mouvement front alliance coalition league society societe organisation organization
network reserve cnrs chamber chambre board directorate inspectorate secretariat force chemical chemicals
hospices caucus centers centres commissariat brigade brigades constabulary diocese archdiocese eparchy
communaute compagnie cooperative groupement intersyndicale laboratoires metropole mutuelle ordre parquet regie syndicat
brands foods beverages bakery eireann opposition
kommission ministerium stiftung verband gewerkschaft
ministero fondazione istituto universita agenzia associazione
ministerio fundacion instituto comision consejeria fiscalia ayuntamiento sindicato
fundacao universidade comissao prefeitura associacao confederacao
ministerstwo fundacja instytut uniwersytet komisja stowarzyszenie`);

/**
 * Last words of markets' names ("Dhaka Stock Exchange", "Paris Bourse", "Deutsche Börse"); not in ORG_WORDS,
 * which open names too, because Microsoft's "Exchange Online" is a product.
 */
export const MARKET_LAST = words(`exchange exchanges bourse borse`);

/** Last words of newspapers, broadcasters and magazines ("Chicago Tribune", "Financial Times"). */
export const MEDIA_WORDS = words(`
times post herald tribune journal gazette chronicle telegraph guardian observer independent express mirror
standard courier inquirer examiner dispatch bulletin monitor review magazine weekly daily news radio tv
television network channel broadcasting press media wire today insider quotidien hebdo matin soir newsroom
newsdesk desk fm`);

/**
 * Words of sports clubs and competitions: "Manchester United", "Real Madrid", "Inter Milan", "Aston Villa FC".
 * As a first word (`CLUB_FIRST`) or a last word (`CLUB_LAST`) of a longer name.
 */
export const CLUB_FIRST = words(`real inter ac as fc afc sc sv vfb vfl rb psv ajax olympique racing sporting
fsv spvgg tsg tsv atletico athletic dynamo dinamo borussia stade union celta deportivo
rc ogc sco asm losc estac usl`);
export const CLUB_LAST =
  words(`united rovers wanderers athletic albion hotspur rangers county villa fc cf sc ac
afc`);

/**
 * Ordinary English words that clubs, bands and teams take as their whole name ("Red Star", "Young Boys",
 * "Crystal Palace"), folded: a name made of them only is no person's, though two capitalised words look like one.
 */
export const CLUB_NAME_WORDS =
  words(`red blue white black green yellow orange golden gold silver crimson star stars
city town united young boys old royal crystal palace rapid rapids lions tigers eagles wolves bears sun rising
hearts saints`);

/** Last words of competitions and events, never people: "Champions League", "Davis Cup", "Super Bowl". */
export const EVENT_WORDS = words(`league ligue liga cup coupe trophy trophee championship championships
championnat open masters finals final games olympics jeux bowl series classic tour prix marathon festival
summit sommet conference forum expo show awards award prize biennale triennale salon tournoi rallye slam`);

/**
 * Bodies news names by an acronym alone, with nothing around it to say so ("a PKK attack", "OSCE monitors"):
 * parties, armed groups, international bodies and sports federations, folded. Counted only where the text
 * writes them as acronyms. Acronyms news also uses for other things are left out: IRA (a US retirement account,
 * the Inflation Reduction Act), ETA (a time of arrival), KDP (Kindle Direct Publishing), ICC, HTS, IDF, MLS, WBC.
 */
export const BODY_ACRONYMS = words(`
pkk puk plo pflp farc eln ltte ypg sdf isil aqap swapo mpla frelimo renamo
spd cdu csu fdp afd bjp akp chp hdp mhp kmt umno dup ukip sdlp psoe
osce oecd asean apec ecowas sadc unhcr unrwa undp unep unfccc wfp fao ilo iaea opcw icj icrc ipcc wmo wipo
msf acnur hrw aclu naacp
fiba fivb fina fia uci iaaf wada concacaf conmebol ncaa nascar lpga wbo wba`);
