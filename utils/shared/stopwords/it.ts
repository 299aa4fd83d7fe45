/** Italian stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const ITALIAN: StopwordList = {
  lang: 'it',
  distinctive: `il di che e della per non gli del una sono con si da anche nel alla dei delle ha come più ma questo
essere nella lo degli stato sul`,
  function: ``,
  topicless: ``,
};
