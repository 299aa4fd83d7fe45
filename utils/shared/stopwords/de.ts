/** German stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const GERMAN: StopwordList = {
  lang: 'de',
  distinctive: `der die und das ist nicht sich mit ein eine auf den dem auch es zu von für wird sind wie bei aus
noch nach einer werden hat oder über`,
  function: `des im ins am zum zur vom beim durch gegen ohne um bis seit unter vor hinter neben zwischen während
wegen trotz ich du er sie wir ihr ihm ihn ihnen mich mir dich dir uns euch sein seine seiner seinem seinen ihre
ihrem ihren ihrer unser unsere euer eure mein meine dein deine dieser diese dieses diesem diesen jener jene
welcher welche welches kein keine keinen keinem keiner man wer was wo wann warum wieso wohin woher dass ob weil
wenn als denn doch aber sondern also so dann da dort hier nun nur schon sehr mehr viel viele wurde wurden war
waren bin bist seid habe haben hatte hatten kann können konnte muss müssen soll sollen will wollen würde
würden ja nein immer wieder`,
  topicless: `heute gestern morgen jetzt bereits etwa rund laut sowie sogar jedoch allerdings zudem außerdem
damit dabei dazu darauf daher deshalb trotzdem bisher zwar eben etwas alle alles allen jede jeder jedes jeden
andere anderen anderer einige mehrere neue neuen neuer erste ersten zweite dritte jahr jahre jahren
prozent uhr montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
august september oktober november dezember lesen foto bild video artikel teilen`,
};
