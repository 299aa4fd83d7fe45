/** German stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const GERMAN: StopwordList = {
  lang: 'de',
  distinctive: `der die und das ist nicht sich mit ein eine auf den dem auch es zu von für wird sind wie bei aus
noch nach einer werden hat oder über`,
  function: ``,
  topicless: ``,
};
