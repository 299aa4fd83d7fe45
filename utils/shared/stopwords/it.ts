/** Italian stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const ITALIAN: StopwordList = {
  lang: 'it',
  distinctive: `il di che e della per non gli del una sono con si da anche nel alla dei delle ha come più ma questo
essere nella lo degli stato sul`,
  function: `la le i un uno a in al ai agli alle dal dai dalla dalle dello sui sulla sulle tra fra o se ci ne
mi ti vi lui lei loro suo sua suoi sue questa questi queste quello quella quelli quelle è era erano stati
stata hanno ho può possono dove quando perché cui chi tutto tutti tutte`,
  topicless: ``,
};
