/** French stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const FRENCH: StopwordList = {
  lang: 'fr',
  distinctive: `le la les des et du une est que qui dans pour pas au sur avec ce il sont par plus ont aux été cette
mais ou leur nous elle`,
  function: `un de en cet ces quoi dont ils elles on vous je tu ne sans se sa son ses leurs lui y a etre avoir
fait comme an`,
  topicless: `ai aie aient ait alors apres aucun aucune aupres aussi autre autres avaient avait avant ayant bien c
ca car ceci cela celle celles celui ceux chaque chez ci comment d debut depuis deux devant doit donc
duquel encore entre etaient etait eu eux faire fois font hui j jusqu jusque l laquelle lequel
lesquels lors m ma me meme memes mes moi moins mon n ni non nos notre parce peu peut plusieurs
pourquoi premier premiere premiers premieres puis qu quand quel quelle quelles quels s selon
seulement si sien soit sous t ta tandis te tes toi ton tous tout toute toutes tres trop vers voici
voila vos votre deja ici aujourd dernier derniere derniers dernieres nouveau nouvelle nouveaux
nouvelles cote grand grande grands grandes autant ainsi afin cependant pendant contre via
serait seraient sera seront aurait auraient aura auront avons avez suis es sommes etes soient
lire suite voir article articles ans annee annees jour jours mois semaine semaines fin part parti
partie janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janv fev
avr juil sept oct nov dec lundi mardi mercredi jeudi vendredi samedi dimanche hier demain`,
};
