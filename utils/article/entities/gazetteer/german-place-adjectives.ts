// German adjectives of places, peoples, faiths and the Games open names of bodies and events: "Deutsche Bahn",
// "Europäische Union", "Evangelische Kirche", "Olympische Spiele". Other capitalised adjectives ("Technischen Kongresse", "Ökologische Infrastruktur")
// are a sentence's words set in capitals by a heading or a list, unless the phrase recurs.

/** Stems of German place and people adjectives, folded ("französisch" → "franzos"). */
const STEMS =
  `deutsch norddeutsch suddeutsch ostdeutsch westdeutsch mitteldeutsch europ franzos brit engl schott irisch walis amerikan nordamerikan sudamerikan lateinamerikan
afrikan sudafrikan nordafrikan asiat chines japan korean nordkorean sudkorean indisch pakistan russ sowjet
ukrain weissruss belarus poln tschech slowak ungar ruman bulgar serb kroat sloven bosn albanisch griech
turkisch zypr italienisch spanisch portugies katalan bask niederland holland belg luxemburg danisch schwed
norweg finn islandisch estn lettisch litau osterreich schweizer schweiz israel palastin arab saudi iran irak
syrisch libanes agypt tunes marokkan algerisch liby austral neuseeland kanad mexikan brasilian argentin chilen
kolumbian venezolan kuban bayer sachs niedersachs hessisch thuring westfal nordrhein rheinisch pfalzisch
saarland brandenburg mecklenburg pommer preuss holstein schleswig fries ostfries schwab frankisch badisch
wurttemberg berlin hamburg bremisch kolnisch wien tirol steir karnt elsass lothring flam wallon sizilian
sardisch toskan lombard venezian bretonisch provenzal korsisch andalus galic hanseat baltisch skandinav
nordisch slaw germanisch romisch keltisch osmanisch habsburg zentralafrikan kanar eidgenoss
olymp paralymp kathol evangel protestant luther apostol islamisch judisch buddhist hinduist`.split(/\s+/);

const PREFIXES = new RegExp(`^(?:${STEMS.join('|')})`);

/** Whether a folded German adjective ("franzosischen", "olympischen") is one of a place, a people or a faith. */
export function isGermanPlaceAdjective(folded: string): boolean {
  return PREFIXES.test(folded) && /(?:isch|sch)(?:e|en|er|es|em)$/.test(folded);
}
