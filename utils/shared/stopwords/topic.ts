/**
 * French and English words that carry no topic: function words, auxiliaries and very common verbs/adverbs.
 * Stored accent-folded and lower-case, as `foldText` produces them.
 */
const FRENCH = `a ai aie aient ait alors apres au aucun aucune aupres aussi autre autres aux avaient avait avant avec
avoir ayant bien c ca car ce ceci cela celle celles celui ces cet cette ceux chaque chez ci comme comment d dans de
debut depuis des deux devant doit donc dont du duquel elle elles en encore entre est et etaient etait ete etre eu eux
fait faire fois font hui il ils j je jusqu jusque l la laquelle le lequel les lesquels leur leurs lors lui m ma mais
me meme memes mes moi moins mon n ne ni non nos notre nous on ont ou par parce pas peu peut plus plusieurs pour
pourquoi premier premiere premiers premieres puis qu quand que quel quelle quelles quels qui quoi s sa sans se selon
ses seulement si sien soit son sont sous sur t ta tandis te tes toi ton tous tout toute toutes tres trop tu un une
vers voici voila vos votre vous y deja ici la-bas aujourd dernier derniere derniers dernieres nouveau nouvelle
nouveaux nouvelles cote grand grande grands grandes autant ainsi afin cependant pendant selon contre via serait
seraient sera seront aurait auraient aura auront avons avez suis es sommes etes soient ceux-ci cela celle-ci
lire suite voir article articles an ans annee annees jour jours mois semaine semaines fin part parti partie
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janv fev avr juil sept oct nov dec
lundi mardi mercredi jeudi vendredi samedi dimanche hier demain`;

const ENGLISH = `a about after again against all also am an and any are as at be because been before being between
both but by can could did do does doing down during each few for from further had has have having he her here hers
him his how i if in into is it its just me more most my no nor not now of off on once only or other our ours out
over own same she should so some such than that the their theirs them then there these they this those through to
too under until up very was we were what when where which while who whom why will with would you your yours new
first last says said year years day days week weeks month months read more via per january february march april
may june july august september october november december jan feb mar apr jun jul aug sep oct nov dec monday tuesday
wednesday thursday friday saturday sunday yesterday today tomorrow`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
const ENGLISH_SET: ReadonlySet<string> = new Set(words(ENGLISH));
// French pages quote English names and phrases ("Department of Homeland Security"), so French takes both lists;
// English does not take the French one, whose "car", "son" or "fin" are English topic words.
const FRENCH_SET: ReadonlySet<string> = new Set([...words(FRENCH), ...words(ENGLISH)]);

/** Folded stopwords for a language tag ("fr-FR", "en"); other languages get both lists. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  return lang.toLowerCase().startsWith('en') ? ENGLISH_SET : FRENCH_SET;
}
