/** Portuguese stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const PORTUGUESE: StopwordList = {
  lang: 'pt',
  distinctive: `o os do da em que não uma com para se dos das no na mais por ao como mas foi ele são também seu sua
ou já pelo pela`,
  function: `a as um uns umas de e é nos nas aos à às pelos pelas num numa eu tu ela eles elas nós vós me te lhe
lhes nosso nossa nossos nossas seus suas meu minha este esta estes estas esse essa esses essas aquele aquela
isto isso aquilo quem qual quais onde quando porque porém pois se sim até desde sobre entre sem contra durante
segundo após era eram ser estar está estão estava foram tem têm tinha pode podem há havia outro outra outros
outras todo toda todos todas cada`,
  topicless: `hoje ontem amanhã agora ainda sempre nunca muito muitos muita muitas pouco poucos vários várias
algum alguma alguns algumas nenhum nenhuma novo nova novos novas primeiro primeira ano anos dia dias
segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho agosto
setembro outubro novembro dezembro leia veja também publicado atualizado foto vídeo compartilhar`,
};
