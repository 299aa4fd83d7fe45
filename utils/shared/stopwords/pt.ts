/** Portuguese stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const PORTUGUESE: StopwordList = {
  lang: 'pt',
  distinctive: `o os do da em que não uma com para se dos das no na mais por ao como mas foi ele são também seu sua
ou já pelo pela`,
  function: `a as de e um uns umas à às nos nas num numa pelos pelas me te lhe lhes eu tu ela eles
elas esta este isto estes estas esse essa isso aquele aquela seus suas é era eram ser está estão tem têm pode
podem onde quando porque quem qual quais todo toda todos todas`,
  topicless: ``,
};
