import { words } from './gazetteer/set';

/**
 * Frequent German common nouns that news writes before a name in apposition ("die App WeChat", "das Blog X", "der
 * Diplomat Arend", "im Bereich KI", "zum Thema AdBlue") and that open no name of their own, folded, nominative
 * singular. Words that do open names are left out: bodies and places ("Stadt", "Land", "Universität", "Institut",
 * "Initiative", "Museum", "Kanton"), events ("Festival") and words that are also surnames or brands; so are company nouns, which a text also writes before its
object ("das Unternehmen Daten veröffentlicht"): see commonNounBeforeName.
 */
const NOUNS = words(`
app blog podcast video kanal website webseite homepage portal browser messenger programm tool
magazin zeitschrift zeitung blatt fernsehsender radiosender serie film kinofilm dokumentarfilm
buch roman album song single lied titel beitrag artikel bericht interview kolumne studie umfrage experiment
thema bereich begriff name stichwort motto format typ modell design alternative version variante
produkt marke firma
diplomat politiker politikerin minister sprecher sprecherin experte expertin kollege kollegin autor autorin
sanger sangerin rapper rapperin kunstler kunstlerin regisseur regisseurin schauspieler schauspielerin
moderator moderatorin fotograf fotografin influencer influencerin youtuber youtuberin bloggerin blogger
musiker musikerin komponist komponistin schriftsteller schriftstellerin journalist journalistin
trainer trainerin spieler spielerin sportler sportlerin sturmer verteidiger torhuter kapitan kapitanin
grunder grunderin chef chefin inhaber inhaberin besitzer besitzerin kunde kundin nutzer nutzerin
gast mitarbeiter mitarbeiterin kandidat kandidatin anwalt anwaltin arzt arztin
ende anfang beginn regierung
`);

// Case and plural endings a noun of the list may take: "Diplomaten", "Beitrags", "Sängerinnen", "Apps".
const ENDINGS = ['s', 'es', 'en', 'n', 'e', 'nen'];

/** Whether a folded German word is one of the frequent common nouns above, declined or not. */
export function isGermanCommonNoun(folded: string): boolean {
  if (NOUNS.has(folded)) return true;
  return ENDINGS.some((e) => folded.endsWith(e) && NOUNS.has(folded.slice(0, -e.length)));
}
